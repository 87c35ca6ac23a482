package io.connectdesk.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

import io.connectdesk.common.ConflictException;

/**
 * Starts processes, correlates messages and works user tasks. Calls join the caller's transaction:
 * a ticket's state and its process state commit or roll back together.
 */
@Service
public class Workflow {

	/** Camunda's runtime task table (no table prefix is configured). */
	private static final String TASK_TABLE = "ACT_RU_TASK";

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final DecisionService decisions;

	private final ExternalTaskService externalTasks;

	private final LatestDefinitions latest;

	Workflow(RuntimeService runtime, TaskService tasks, DecisionService decisions, ExternalTaskService externalTasks,
			LatestDefinitions latest) {
		this.runtime = runtime;
		this.latest = latest;
		this.tasks = tasks;
		this.decisions = decisions;
		this.externalTasks = externalTasks;
	}

	/** Starts an instance of the process's latest version ({@link LatestDefinitions}) and returns its id. */
	public String start(String processKey, String businessKey, Map<String, Object> variables) {
		return this.runtime.startProcessInstanceById(this.latest.processDefinitionId(processKey), businessKey, variables)
			.getId();
	}

	/** Delivers a message to the one instance with that business key that waits for it. */
	public void correlate(String messageName, String businessKey, Map<String, Object> variables) {
		this.runtime.createMessageCorrelation(messageName)
			.processInstanceBusinessKey(businessKey)
			.setVariables(variables)
			.correlate();
	}

	/**
	 * Delivers a message to every execution with that business key that waits for it, and to none
	 * when none waits (the instance has ended, or waits for something else).
	 * @return how many executions took it
	 */
	public int correlateAll(String messageName, String businessKey, Map<String, Object> variables) {
		return this.runtime.createMessageCorrelation(messageName)
			.processInstanceBusinessKey(businessKey)
			.setVariables(variables)
			.correlateAllWithResult()
			.size();
	}

	/**
	 * Delivers a message to every execution with that business key that waits for it and holds a local variable
	 * with that value (one item of a multi-instance, say).
	 * @return how many executions took it
	 */
	public int correlateAllWhereLocal(String messageName, String businessKey, String variable, Object value) {
		return this.runtime.createMessageCorrelation(messageName)
			.processInstanceBusinessKey(businessKey)
			.localVariableEquals(variable, value)
			.correlateAllWithResult()
			.size();
	}

	/** Evaluates a decision table whose hit policy yields one result; returns that result's outputs. */
	public Map<String, Object> decide(String decisionKey, Map<String, Object> inputs) {
		DmnDecisionRuleResult result = this.decisions.evaluateDecisionTableByKey(decisionKey, inputs).getSingleResult();
		if (result == null) {
			throw new IllegalStateException("No rule of " + decisionKey + " matches " + inputs);
		}
		return result.getEntryMap();
	}

	/**
	 * Delivers a message to the one instance waiting for it whose variable has that value: for called
	 * processes, which carry their caller's key as a variable rather than as their business key.
	 */
	public void correlateOnVariable(String messageName, String variable, Object value, Map<String, Object> variables) {
		this.runtime.createMessageCorrelation(messageName)
			.processInstanceVariableEquals(variable, value)
			.setVariables(variables)
			.correlate();
	}

	/** The id of the running instance of that process with that business key, if there is one. */
	public Optional<String> runningInstance(String processKey, String businessKey) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey)
			.list()
			.stream()
			.findFirst()
			.map(instance -> instance.getId());
	}

	/** The business keys of some process instances that still run, by instance id. */
	public Map<String, String> businessKeys(Collection<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return Map.of();
		}
		return this.runtime.createProcessInstanceQuery()
			.processInstanceIds(Set.copyOf(processInstanceIds))
			.list()
			.stream()
			.collect(Collectors.toMap(instance -> instance.getId(), instance -> instance.getBusinessKey()));
	}

	/** Some variables of a running process instance, by name (absent ones are left out). */
	public Map<String, Object> variables(String processInstanceId, Collection<String> names) {
		return this.runtime.getVariables(processInstanceId, names);
	}

	/** The open tasks of one user task of one process, oldest first. */
	public List<WorkTask> openTasks(String processKey, String taskDefinitionKey) {
		return this.tasks.createTaskQuery()
			.processDefinitionKey(processKey)
			.taskDefinitionKey(taskDefinitionKey)
			.orderByTaskCreateTime()
			.asc()
			.list()
			.stream()
			.map(Workflow::toWorkTask)
			.toList();
	}

	/**
	 * Ends every running instance of that process (a model the application no longer uses).
	 * @return how many there were
	 */
	public int cancelAll(String processKey, String reason) {
		List<String> ids = this.runtime.createProcessInstanceQuery().processDefinitionKey(processKey).list().stream()
			.map(instance -> instance.getId())
			.toList();
		if (!ids.isEmpty()) {
			this.runtime.deleteProcessInstances(ids, reason, true, true);
		}
		return ids.size();
	}

	/** Whether the process instance still runs. */
	public boolean isRunning(String processInstanceId) {
		return this.runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
	}

	/** The ids of the model elements the instance currently waits in; empty when it has ended. */
	public List<String> activeElements(String processInstanceId) {
		return isRunning(processInstanceId) ? this.runtime.getActiveActivityIds(processInstanceId) : List.of();
	}

	/** The ids of the running instances of a process with that business key. */
	public List<String> runningInstances(String processKey, String businessKey) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey)
			.list()
			.stream()
			.map(instance -> instance.getId())
			.toList();
	}

	/**
	 * Gives new retries to the external tasks of the running instances of a process with that business key
	 * whose executions see a variable with that value; resolves their incidents.
	 * @return how many tasks got new retries
	 */
	public int retryExternalTasks(String processKey, String businessKey, String variable, Object value, int retries) {
		List<String> instances = runningInstances(processKey, businessKey);
		if (instances.isEmpty()) {
			return 0;
		}
		List<ExternalTask> matching = this.externalTasks.createExternalTaskQuery()
			.processInstanceIdIn(instances.toArray(String[]::new))
			.list()
			.stream()
			.filter(task -> value.equals(this.runtime.getVariable(task.getExecutionId(), variable)))
			.toList();
		matching.forEach(task -> this.externalTasks.setRetries(task.getId(), retries));
		return matching.size();
	}

	/**
	 * What a variable is for the external tasks of that activity that a worker holds right now (locked, the lock
	 * not expired), in the running instances of a process with that business key.
	 */
	public Set<Object> heldExternalTasks(String processKey, String businessKey, String activityId, String variable) {
		List<String> instances = runningInstances(processKey, businessKey);
		if (instances.isEmpty()) {
			return Set.of();
		}
		return this.externalTasks.createExternalTaskQuery()
			.processInstanceIdIn(instances.toArray(String[]::new))
			.activityId(activityId)
			.locked()
			.list()
			.stream()
			.map(task -> this.runtime.getVariable(task.getExecutionId(), variable))
			.collect(Collectors.toSet());
	}

	/** A variable as a task's execution sees it. */
	public Object taskVariable(String taskId, String variable) {
		return this.tasks.getVariable(taskId, variable);
	}

	public Optional<WorkTask> task(String taskId) {
		return Optional.ofNullable(this.tasks.createTaskQuery().taskId(taskId).singleResult()).map(Workflow::toWorkTask);
	}

	/**
	 * The open tasks of some process instances, oldest first. A native query: the task query's dynamic SQL
	 * (MyBatis evaluating OGNL for each of its optional criteria) cost more than the query itself on every queue
	 * page and ticket page (bench/README.md). The same rows as the task query: the application's calls run without
	 * an engine user, so Camunda's authorization checks (on for the webapps only, docs/security.md) never apply here.
	 */
	public List<WorkTask> openTasks(Collection<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return List.of();
		}
		List<String> ids = List.copyOf(processInstanceIds);
		NativeTaskQuery query = this.tasks.createNativeTaskQuery();
		StringBuilder in = new StringBuilder();
		for (int i = 0; i < ids.size(); i++) {
			in.append(i == 0 ? "" : ", ").append("#{p").append(i).append('}');
			query.parameter("p" + i, ids.get(i));
		}
		return query.sql("SELECT RES.* FROM " + TASK_TABLE + " RES WHERE RES.PROC_INST_ID_ IN (" + in
				+ ") ORDER BY RES.CREATE_TIME_ ASC, RES.ID_ ASC")
			.list()
			.stream()
			.map(Workflow::toWorkTask)
			.toList();
	}

	/**
	 * The tasks offered to any of the groups, claimed or not: highest priority first, then oldest.
	 * @param assignee only tasks claimed by this user, or {@code null} for all
	 */
	public WorkTaskPage queue(Collection<String> candidateGroups, String assignee, int page, int size) {
		TaskQuery query = this.tasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(candidateGroups)).includeAssignedTasks();
		if (assignee != null) {
			query.taskAssignee(assignee);
		}
		long total = query.count();
		List<WorkTask> content = query.orderByTaskPriority()
			.desc()
			.orderByTaskCreateTime()
			.asc()
			.listPage(page * size, size)
			.stream()
			.map(Workflow::toWorkTask)
			.toList();
		return new WorkTaskPage(content, total);
	}

	/** The groups a task is offered to. */
	public List<String> candidateGroups(String taskId) {
		return this.tasks.getIdentityLinksForTask(taskId)
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

	/** Makes the user the task's assignee; refuses a task someone else holds. */
	public void claim(String taskId, String userId) {
		WorkTask task = task(taskId).orElseThrow(() -> taskGone(taskId));
		if (task.isClaimed() && !task.isAssignedTo(userId)) {
			throw new ConflictException("task-already-claimed", "Someone else has claimed this task");
		}
		this.tasks.setAssignee(taskId, userId);
	}

	/** Gives the task back to its groups. */
	public void unclaim(String taskId) {
		this.tasks.setAssignee(taskId, null);
	}

	/** Sets a variable of a running process instance. */
	public void setVariable(String processInstanceId, String name, Object value) {
		this.runtime.setVariable(processInstanceId, name, value);
	}

	/** Changes a task's priority, the order of the queues. */
	public void setPriority(String taskId, int priority) {
		this.tasks.setPriority(taskId, priority);
	}

	public void complete(String taskId, Map<String, Object> variables) {
		this.tasks.complete(taskId, variables);
	}

	private static ConflictException taskGone(String taskId) {
		return new ConflictException("task-not-open", "Task " + taskId + " is no longer open");
	}

	private static WorkTask toWorkTask(Task task) {
		return new WorkTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
				task.getAssignee(), task.getCreateTime().toInstant(), task.getPriority());
	}

}

package io.connectdesk.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import io.connectdesk.common.ConflictException;

/** People's work: open tasks, queues, claims and completion. Calls join the caller's transaction. */
@Service
public class UserTasks {

	/** Camunda's runtime task table (no table prefix is configured). */
	private static final String TASK_TABLE = "ACT_RU_TASK";

	private final TaskService tasks;

	UserTasks(@Lazy TaskService tasks) {
		this.tasks = tasks;
	}

	public Optional<WorkTask> task(String taskId) {
		return Optional.ofNullable(this.tasks.createTaskQuery().taskId(taskId).singleResult()).map(UserTasks::toWorkTask);
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
			.map(UserTasks::toWorkTask)
			.toList();
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
			.map(UserTasks::toWorkTask)
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
			.map(UserTasks::toWorkTask)
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

	/** A variable as a task's execution sees it, when set. */
	public <T> Optional<T> variable(String taskId, ProcessVariable<T> variable) {
		return variable.ofStored(this.tasks.getVariable(taskId, variable.name()));
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

	/** Changes a task's priority, the order of the queues. */
	public void setPriority(String taskId, int priority) {
		this.tasks.setPriority(taskId, priority);
	}

	public void complete(String taskId, ProcessVariables variables) {
		this.tasks.complete(taskId, variables.asMap());
	}

	private static ConflictException taskGone(String taskId) {
		return new ConflictException("task-not-open", "Task " + taskId + " is no longer open");
	}

	private static WorkTask toWorkTask(Task task) {
		return new WorkTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
				task.getAssignee(), task.getCreateTime().toInstant(), task.getPriority());
	}

}

package io.connectdesk.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/** What people do to external tasks: give failed ones new retries, see which a worker holds. */
@Service
public class ExternalTaskControl {

	private final RuntimeService runtime;

	private final ExternalTaskService externalTasks;

	private final ProcessInstances instances;

	ExternalTaskControl(@Lazy RuntimeService runtime, @Lazy ExternalTaskService externalTasks, ProcessInstances instances) {
		this.runtime = runtime;
		this.externalTasks = externalTasks;
		this.instances = instances;
	}

	/**
	 * Gives new retries to the external tasks of the running instances of a process with that business key
	 * whose executions see a variable with that value; resolves their incidents.
	 * @return how many tasks got new retries
	 */
	public <T> int retry(String processKey, String businessKey, ProcessVariable<T> variable, T value, int retries) {
		List<ExternalTask> matching = tasksOf(processKey, businessKey, null, false).stream()
			.filter(task -> Optional.of(value).equals(valueOf(task, variable)))
			.toList();
		matching.forEach(task -> this.externalTasks.setRetries(task.getId(), retries));
		return matching.size();
	}

	/**
	 * What a variable is for the external tasks of that activity that a worker holds right now (locked, the lock
	 * not expired), in the running instances of a process with that business key.
	 */
	public <T> Set<T> held(String processKey, String businessKey, String activityId, ProcessVariable<T> variable) {
		return tasksOf(processKey, businessKey, activityId, true).stream()
			.map(task -> valueOf(task, variable))
			.flatMap(Optional::stream)
			.collect(Collectors.toSet());
	}

	private List<ExternalTask> tasksOf(String processKey, String businessKey, String activityId, boolean locked) {
		List<String> running = this.instances.runningInstances(processKey, businessKey);
		if (running.isEmpty()) {
			return List.of();
		}
		var query = this.externalTasks.createExternalTaskQuery().processInstanceIdIn(running.toArray(String[]::new));
		if (activityId != null) {
			query.activityId(activityId);
		}
		if (locked) {
			query.locked();
		}
		return query.list();
	}

	private <T> Optional<T> valueOf(ExternalTask task, ProcessVariable<T> variable) {
		return variable.ofStored(this.runtime.getVariable(task.getExecutionId(), variable.name()));
	}

}

package io.connectdesk.workflow;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/** What runs: process instances by business key, where they wait, their variables. */
@Service
public class ProcessInstances {

	private final RuntimeService runtime;

	ProcessInstances(@Lazy RuntimeService runtime) {
		this.runtime = runtime;
	}

	/** The id of the running instance of that process with that business key, if there is one. */
	public Optional<String> runningInstance(String processKey, String businessKey) {
		return runningInstances(processKey, businessKey).stream().findFirst();
	}

	/** The ids of the running instances of a process with that business key. */
	public List<String> runningInstances(String processKey, String businessKey) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
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
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
	}

	/** Some variables of a running process instance (absent ones are left out: ask with {@code contains}). */
	public ProcessVariables variables(String processInstanceId, ProcessVariable<?>... variables) {
		return ProcessVariables.read(this.runtime.getVariables(processInstanceId,
				Arrays.stream(variables).map(ProcessVariable::name).toList()));
	}

	/** Sets a variable of a running process instance. */
	public <T> void setVariable(String processInstanceId, ProcessVariable<T> variable, T value) {
		this.runtime.setVariable(processInstanceId, variable.name(), variable.write(value));
	}

	/** Whether the process instance still runs. */
	public boolean isRunning(String processInstanceId) {
		return this.runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
	}

	/** The ids of the model elements the instance currently waits in; empty when it has ended. */
	public List<String> activeElements(String processInstanceId) {
		return isRunning(processInstanceId) ? this.runtime.getActiveActivityIds(processInstanceId) : List.of();
	}

	/**
	 * Ends every running instance of that process (a model the application no longer uses).
	 * @return how many there were
	 */
	public int cancelAll(String processKey, String reason) {
		List<String> ids = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
		if (!ids.isEmpty()) {
			this.runtime.deleteProcessInstances(ids, reason, true, true);
		}
		return ids.size();
	}

}

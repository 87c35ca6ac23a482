package io.connectdesk.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Starts processes and delivers messages to them. Calls join the caller's transaction: a ticket's state and
 * its process state commit or roll back together. The other roles of the seam: {@link ProcessInstances}
 * (what runs, its variables), {@link UserTasks} (queues, claims, completion), {@link ExternalTaskControl}
 * (retries of external tasks), {@link CachedDecisions} (decision tables).
 */
@Service
public class Workflow {

	private final RuntimeService runtime;

	private final LatestDefinitions latest;

	Workflow(@Lazy RuntimeService runtime, LatestDefinitions latest) {
		this.runtime = runtime;
		this.latest = latest;
	}

	/** Starts an instance of the process's latest version ({@link LatestDefinitions}) and returns its id. */
	public String start(String processKey, String businessKey, ProcessVariables variables) {
		return this.runtime
			.startProcessInstanceById(this.latest.processDefinitionId(processKey), businessKey, variables.asMap())
			.getId();
	}

	/** Delivers a message to the one instance with that business key that waits for it. */
	public void correlate(String messageName, String businessKey, ProcessVariables variables) {
		message(messageName).processInstanceBusinessKey(businessKey).setVariables(variables.asMap()).correlate();
	}

	/**
	 * Delivers a message to every execution with that business key that waits for it, and to none
	 * when none waits (the instance has ended, or waits for something else).
	 * @return how many executions took it
	 */
	public int correlateAll(String messageName, String businessKey, ProcessVariables variables) {
		return message(messageName).processInstanceBusinessKey(businessKey)
			.setVariables(variables.asMap())
			.correlateAllWithResult()
			.size();
	}

	/**
	 * Delivers a message to every execution with that business key that waits for it and holds a local variable
	 * with that value (one item of a multi-instance, say).
	 * @return how many executions took it
	 */
	public <T> int correlateAllWhereLocal(String messageName, String businessKey, ProcessVariable<T> variable, T value) {
		return message(messageName).processInstanceBusinessKey(businessKey)
			.localVariableEquals(variable.name(), variable.write(value))
			.correlateAllWithResult()
			.size();
	}

	/**
	 * Delivers a message to the one instance waiting for it whose variable has that value: for called
	 * processes, which carry their caller's key as a variable rather than as their business key.
	 */
	public <T> void correlateOnVariable(String messageName, ProcessVariable<T> variable, T value,
			ProcessVariables variables) {
		message(messageName).processInstanceVariableEquals(variable.name(), variable.write(value))
			.setVariables(variables.asMap())
			.correlate();
	}

	private MessageCorrelationBuilder message(String messageName) {
		return this.runtime.createMessageCorrelation(messageName);
	}

}

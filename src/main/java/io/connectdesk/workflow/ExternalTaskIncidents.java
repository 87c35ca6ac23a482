package io.connectdesk.workflow;

import java.util.function.Function;

/**
 * What an incident on an external task means to a feature: a bean of this type is told, inside the engine's
 * transaction that creates the incident, when an external task's retries are spent, whichever worker (in-process
 * or remote) reported the last failure. The seam's incident handler ({@code IncidentHandling}) calls every one.
 */
public interface ExternalTaskIncidents {

	void retriesSpent(Incident incident);

	/**
	 * The incident: the key of the process whose task failed, the worker's failure message, and the variables
	 * visible from the task's execution.
	 */
	record Incident(String processKey, String message, Function<String, Object> variables) {

		public Object variable(String name) {
			return this.variables.apply(name);
		}

	}

}

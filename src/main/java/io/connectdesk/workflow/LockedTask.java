package io.connectdesk.workflow;

import java.util.function.Function;

/**
 * An external task this worker has locked, as an {@link ExternalWorker} sees it, whichever way it was fetched.
 *
 * @param retries the retries left, null before the first failure
 */
public record LockedTask(String id, String topic, String activityId, String processInstanceId, String businessKey,
		Integer retries, Function<String, Object> variables) {

	public Object variable(String name) {
		return this.variables.apply(name);
	}

}

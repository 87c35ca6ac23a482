package io.connectdesk.workflow;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * What a feature supplies to have its external tasks worked: the topics, the variables its work reads, how long
 * a task stays locked, the work itself and its retry rule. The seam's one worker policy ({@code WorkerPolicy})
 * does the rest, the same way in-process ({@link ExternalWorkLoop}) and in a remote worker application
 * ({@link RemoteExternalWork}).
 */
public interface ExternalWorker {

	/** The topics to fetch; none, and no worker starts. */
	Collection<String> topics();

	/** The only variables fetched with a task. */
	Collection<String> variables();

	Duration lockDuration();

	/**
	 * Does the task's work and answers the local variables to complete it with. A runtime exception is a failure:
	 * the task's retries and their delay are then {@link #afterFailure}'s.
	 */
	Map<String, Object> perform(LockedTask task);

	/** After a failure with {@code retriesLeft} (null at the first), what is left and how long until the next try. */
	Retry afterFailure(Integer retriesLeft);

	/** No retries left: the engine raises an incident ({@link ExternalTaskIncidents}). */
	record Retry(int retries, Duration delay) {
	}

}

package io.connectdesk.workflow;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.connectdesk.common.ConcurrentUpdateException;

/**
 * The one policy for a locked external task, in-process or remote: do the worker's work; on failure report it
 * with the worker's retries and delay (then an incident, when none are left); complete it, trying again at once
 * when the completion clashes with another task's transaction (parallel tasks of one instance finish into the
 * same multi-instance counters: left alone, the task would wait for its lock to expire); a task gone meanwhile
 * (cancelled, or worked by another worker after this one's lock expired) is let go.
 */
final class WorkerPolicy {

	private static final Logger log = LoggerFactory.getLogger(WorkerPolicy.class);

	static final int COMPLETE_ATTEMPTS = 5;

	private static final int MAX_MESSAGE = 600;

	private final ExternalWorker worker;

	WorkerPolicy(ExternalWorker worker) {
		this.worker = worker;
	}

	void work(LockedTask task, Engine engine) {
		Map<String, Object> local;
		try {
			local = this.worker.perform(task);
		}
		catch (RuntimeException failure) {
			ExternalWorker.Retry retry = this.worker.afterFailure(task.retries());
			engine.fail(message(failure), details(failure), retry);
			return;
		}
		complete(task, local, engine);
	}

	private static void complete(LockedTask task, Map<String, Object> local, Engine engine) {
		for (int attempt = 1;; attempt++) {
			try {
				engine.complete(local);
				return;
			}
			catch (ConcurrentUpdateException clash) {
				if (attempt == COMPLETE_ATTEMPTS) {
					throw clash;
				}
			}
			catch (TaskGone gone) {
				log.warn("External task {} of {} is no longer there to complete", task.id(), task.businessKey());
				return;
			}
		}
	}

	static String message(Throwable failure) {
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		return message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
	}

	static String details(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}

	/**
	 * One locked task's way back to the engine, in-process or over REST: its exceptions already ours, a clash as
	 * {@link ConcurrentUpdateException}, a task no longer there as {@link TaskGone}.
	 */
	interface Engine {

		void complete(Map<String, Object> local);

		void fail(String message, String details, ExternalWorker.Retry retry);

	}

	/** The task is no longer there: cancelled, or completed by another worker. */
	static final class TaskGone extends RuntimeException {

		TaskGone(Throwable cause) {
			super(cause);
		}

	}

}

package io.connectdesk.workflow;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import io.connectdesk.common.ConcurrentUpdateException;

/**
 * The engine's external tasks for workers inside the application: {@link #loop} gives a feature's
 * {@link ExternalWorker} threads that fetch, lock and work its tasks under the one {@link WorkerPolicy}.
 */
@Component
public class ExternalWork {

	private final ExternalTaskService tasks;

	ExternalWork(@Lazy ExternalTaskService tasks) {
		this.tasks = tasks;
	}

	/** Over an engine of one's own, as in a process test. */
	public static ExternalWork over(ExternalTaskService tasks) {
		return new ExternalWork(tasks);
	}

	/** Threads that work the worker's tasks once {@linkplain ExternalWorkLoop#start() started}. */
	public ExternalWorkLoop loop(ExternalWorker worker, ExternalWorkLoop.Settings settings) {
		return new ExternalWorkLoop(this, worker, settings);
	}

	/**
	 * The tasks this worker locked, with only the variables its work reads (all of them would be read from every
	 * scope up to the root process); none when another worker locked the same ones at the same moment.
	 */
	List<LockedTask> fetchAndLock(String workerId, ExternalWorker worker, int maxTasks) {
		var fetch = this.tasks.fetchAndLock(maxTasks, workerId);
		ExternalTaskQueryTopicBuilder topics = null;
		for (String topic : worker.topics()) {
			topics = (topics == null ? fetch : topics).topic(topic, worker.lockDuration().toMillis())
				.variables(List.copyOf(worker.variables()));
		}
		try {
			return topics.execute().stream().map(ExternalWork::locked).toList();
		}
		catch (OptimisticLockingException clash) {
			return List.of();
		}
	}

	/** Hands a fetched task back: another worker may fetch it at once. False when it is gone. */
	boolean unlock(LockedTask task) {
		try {
			this.tasks.unlock(task.id());
			return true;
		}
		catch (NotFoundException gone) {
			return false;
		}
	}

	/** The way back to the engine for one task this worker locked. */
	WorkerPolicy.Engine engineFor(LockedTask task, String workerId) {
		return new WorkerPolicy.Engine() {

			@Override
			public void complete(Map<String, Object> local) {
				try {
					ExternalWork.this.tasks.complete(task.id(), workerId, Map.of(), local);
				}
				catch (OptimisticLockingException clash) {
					throw new ConcurrentUpdateException(clash);
				}
				catch (NotFoundException gone) {
					throw new WorkerPolicy.TaskGone(gone);
				}
			}

			@Override
			public void fail(String message, String details, ExternalWorker.Retry retry) {
				ExternalWork.this.tasks.handleFailure(task.id(), workerId, message, details, retry.retries(),
						retry.delay().toMillis());
			}

		};
	}

	private static LockedTask locked(LockedExternalTask task) {
		Map<String, Object> variables = task.getVariables();
		return new LockedTask(task.getId(), task.getTopicName(), task.getActivityId(), task.getProcessInstanceId(),
				task.getBusinessKey(), task.getRetries(), variables::get);
	}

}

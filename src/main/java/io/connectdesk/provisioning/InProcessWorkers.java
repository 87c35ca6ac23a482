package io.connectdesk.provisioning;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Works the items' external tasks inside the application. One thread fetches and locks as many items as the
 * worker threads are free for, and hands each to one of them; it fetches again at once while it finds work,
 * else after a backoff that doubles up to a maximum, or as soon as a new item is there ({@link ItemWaiting},
 * after its transaction commits). One fetcher, not one per thread: threads fetching side by side lock the same
 * first tasks and all but one of them roll back. Off ({@code connectdesk.provisioning.workers.enabled=false})
 * when remote workers ({@code worker} profile) do it.
 */
@Component
@ConditionalOnProperty(name = "connectdesk.provisioning.workers.enabled", havingValue = "true", matchIfMissing = true)
class InProcessWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InProcessWorkers.class);

	private static final int COMPLETE_ATTEMPTS = 5;

	/** How long a stop waits for a fetch under way to return. */
	static final Duration FETCH_STOP = Duration.ofSeconds(5);

	/** How long a stop waits for the items at work to finish. */
	static final Duration WORK_STOP = Duration.ofSeconds(15);

	private final ExternalTaskService externalTasks;

	private final ItemWork work;

	private final ItemOutputs outputs;

	private final ProvisioningSettings settings;

	private final String workerId = "in-process-" + UUID.randomUUID();

	private final Object wakeUp = new Object();

	private long signals;

	private volatile Thread fetcher;

	private volatile ExecutorService threads;

	private volatile Semaphore free;

	private volatile boolean running;

	private final AtomicInteger handedBack = new AtomicInteger();

	InProcessWorkers(ExternalTaskService externalTasks, ItemWork work, ItemOutputs outputs, ProvisioningSettings settings) {
		this.externalTasks = externalTasks;
		this.work = work;
		this.outputs = outputs;
		this.settings = settings;
	}

	@Override
	public void start() {
		if (this.work.topics().isEmpty()) {
			log.info("No provisioning adapters: the in-process workers do not start");
			return;
		}
		int count = this.settings.workers().threads();
		this.running = true;
		this.threads = Executors.newFixedThreadPool(count, daemon("provisioning-worker"));
		this.free = new Semaphore(count);
		this.fetcher = daemon("provisioning-fetcher").newThread(this::fetchUntilStopped);
		this.fetcher.start();
		log.info("Provisioning workers {} started: {} threads for {}", this.workerId, count, this.work.topics());
	}

	/**
	 * Graceful stop, bounded by {@link #FETCH_STOP} + {@link #WORK_STOP}: fetches no more, lets each item at work
	 * finish (one engine transaction: interrupting it could interrupt the database's file I/O too) and hands back
	 * (unlocks) every item fetched but not started, so that another node takes it at once instead of after its
	 * lock expires. An item still at work after the bound keeps its lock, as after a crash.
	 */
	@Override
	public void stop() {
		if (!this.running) {
			return;
		}
		long stopping = System.nanoTime();
		this.running = false;
		wakeUp();
		this.free.release(this.settings.workers().threads());
		try {
			this.fetcher.join(FETCH_STOP.toMillis());
			this.threads.shutdown();
			if (this.threads.awaitTermination(WORK_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
				log.info("Provisioning workers stopped in {} ms; {} fetched items handed back",
						TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping), this.handedBack.get());
			}
			else {
				log.warn("Provisioning items still at work after {}: their locks expire after {}", WORK_STOP,
						this.settings.lockDuration());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * An item's task is there to work since the transaction that made it committed: an idle fetcher fetches at
	 * once, instead of after its backoff.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void itemWaiting(ItemWaiting event) {
		wakeUp();
	}

	private void wakeUp() {
		synchronized (this.wakeUp) {
			this.signals++;
			this.wakeUp.notifyAll();
		}
	}

	/** Fetches for the free worker threads and hands them the items, until stopped. */
	private void fetchUntilStopped() {
		Semaphore free = this.free;
		Duration idle = this.settings.workers().idleBackoff();
		while (this.running && !Thread.currentThread().isInterrupted()) {
			try {
				free.acquire();
				if (!this.running) {
					return;
				}
				int held = 1 + free.drainPermits();
				long seen = signals();
				List<LockedExternalTask> tasks = fetch(Math.min(held, this.settings.workers().maxTasks()));
				free.release(held - tasks.size());
				byProcessInstance(tasks).forEach(ofOneTicket -> this.threads.execute(() -> handleThenFree(ofOneTicket, free)));
				if (tasks.isEmpty()) {
					idle(seen, idle);
					idle = min(idle.multipliedBy(2), this.settings.workers().maxIdleBackoff());
				}
				else {
					idle = this.settings.workers().idleBackoff();
				}
			}
			catch (InterruptedException | RejectedExecutionException stopped) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				if (this.running) {
					log.warn("Provisioning worker fetch failed", ex);
					sleepQuietly(this.settings.workers().maxIdleBackoff());
				}
			}
		}
	}

	/**
	 * The items of one provisioning go to one thread, one after the other: finished side by side, they would
	 * update the same multi-instance counters, and all but one of those transactions would roll back.
	 */
	private static Collection<List<LockedExternalTask>> byProcessInstance(List<LockedExternalTask> tasks) {
		return tasks.stream()
			.collect(Collectors.groupingBy(LockedExternalTask::getProcessInstanceId, LinkedHashMap::new, Collectors.toList()))
			.values();
	}

	private void handleThenFree(List<LockedExternalTask> tasks, Semaphore free) {
		for (LockedExternalTask task : tasks) {
			try {
				if (this.running) {
					handle(task);
				}
				else {
					handBack(task);
				}
			}
			catch (RuntimeException ex) {
				// Its lock expires and a worker takes it again; the adapter's key makes that safe.
				log.warn("Provisioning item task {} of {} failed to finish", task.getId(), task.getBusinessKey(), ex);
			}
			finally {
				free.release();
			}
		}
	}

	/** Stopping: another worker may fetch the item at once. */
	private void handBack(LockedExternalTask task) {
		try {
			this.externalTasks.unlock(task.getId());
			this.handedBack.incrementAndGet();
		}
		catch (NotFoundException gone) {
			// Cancelled meanwhile: nothing to hand back.
		}
	}

	private long signals() {
		synchronized (this.wakeUp) {
			return this.signals;
		}
	}

	/** Waits for the backoff, or less when an item is signalled after {@code seen}. */
	private void idle(long seen, Duration backoff) throws InterruptedException {
		long deadline = System.nanoTime() + backoff.toNanos();
		synchronized (this.wakeUp) {
			for (long left = backoff.toNanos(); this.signals == seen && left > 0; left = deadline - System.nanoTime()) {
				TimeUnit.NANOSECONDS.timedWait(this.wakeUp, left);
			}
		}
	}

	/** One round in the caller's thread: fetches and locks a batch of items and works it; how many there were. */
	int workOnce() {
		List<LockedExternalTask> tasks = fetch(this.settings.workers().maxTasks());
		tasks.forEach(this::handle);
		return tasks.size();
	}

	/**
	 * The items this worker locked, with only the variables an item's work reads (all of them would be read
	 * from every scope up to the ticket's process); none when a remote worker locked the same ones at the same moment.
	 */
	private List<LockedExternalTask> fetch(int maxTasks) {
		var fetch = this.externalTasks.fetchAndLock(maxTasks, this.workerId);
		ExternalTaskQueryTopicBuilder topics = null;
		for (String topic : this.work.topics()) {
			topics = (topics == null ? fetch : topics).topic(topic, this.settings.lockDuration().toMillis())
				.variables(ItemTask.VARIABLES);
		}
		try {
			return topics.execute();
		}
		catch (OptimisticLockingException clash) {
			return List.of();
		}
	}

	void handle(LockedExternalTask task) {
		Map<String, String> result;
		try {
			result = this.work.perform(ItemTask.of(task.getTopicName(), task.getActivityId(), task.getVariables()::get));
		}
		catch (RuntimeException failure) {
			ProvisioningSettings.Retry retry = this.settings.afterFailure(task.getRetries());
			this.externalTasks.handleFailure(task.getId(), this.workerId, message(failure), details(failure),
					retry.retries(), retry.delay().toMillis());
			return;
		}
		Map<String, Object> local = Map.of(Provisioning.VAR_OUTPUTS, this.outputs.write(result), Provisioning.VAR_ATTEMPT,
				this.settings.attempt(task.getRetries()));
		complete(task, local);
	}

	/** Parallel items of one ticket finish into the same multi-instance counters: a clash is tried again. */
	private void complete(LockedExternalTask task, Map<String, Object> local) {
		for (int attempt = 1;; attempt++) {
			try {
				this.externalTasks.complete(task.getId(), this.workerId, Map.of(), local);
				return;
			}
			catch (OptimisticLockingException clash) {
				if (attempt == COMPLETE_ATTEMPTS) {
					throw clash;
				}
			}
			catch (NotFoundException gone) {
				// Cancelled while the adapter ran, or worked by another worker after this one's lock expired.
				log.warn("Item task {} of {} is no longer there to complete", task.getId(), task.getBusinessKey());
				return;
			}
		}
	}

	static String message(Throwable failure) {
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		return message.length() > 600 ? message.substring(0, 600) : message;
	}

	static String details(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}

	private static ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private static void sleepQuietly(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

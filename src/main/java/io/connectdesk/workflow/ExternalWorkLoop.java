package io.connectdesk.workflow;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works a feature's external tasks inside the application. One thread fetches and locks as many tasks as the
 * worker threads are free for, and hands them over; it fetches again at once while it finds work, else after a
 * backoff that doubles up to a maximum, or as soon as {@link #wakeUp()} says a task is there. One fetcher, not
 * one per thread: threads fetching side by side lock the same first tasks and all but one of them roll back.
 */
public final class ExternalWorkLoop {

	private static final Logger log = LoggerFactory.getLogger(ExternalWorkLoop.class);

	/** How long a stop waits for a fetch under way to return. */
	public static final Duration FETCH_STOP = Duration.ofSeconds(5);

	/** How long a stop waits for the tasks at work to finish. */
	public static final Duration WORK_STOP = Duration.ofSeconds(15);

	private final ExternalWork engine;

	private final ExternalWorker worker;

	private final WorkerPolicy policy;

	private final Settings settings;

	private final String workerId = "in-process-" + UUID.randomUUID();

	private final Wakeups wakeups = new Wakeups();

	private final AtomicInteger handedBack = new AtomicInteger();

	private volatile Thread fetcher;

	private volatile ExecutorService threads;

	private volatile Semaphore free;

	private volatile boolean running;

	ExternalWorkLoop(ExternalWork engine, ExternalWorker worker, Settings settings) {
		this.engine = engine;
		this.worker = worker;
		this.policy = new WorkerPolicy(worker);
		this.settings = settings;
	}

	public void start() {
		if (this.worker.topics().isEmpty()) {
			log.info("No topics: the in-process {} workers do not start", this.settings.name());
			return;
		}
		this.running = true;
		this.threads = Executors.newFixedThreadPool(this.settings.threads(), daemon(threadName("worker")));
		this.free = new Semaphore(this.settings.threads());
		this.fetcher = daemon(threadName("fetcher")).newThread(this::fetchUntilStopped);
		this.fetcher.start();
		log.info("{} workers {} started: {} threads for {}", this.settings.name(), this.workerId, this.settings.threads(),
				this.worker.topics());
	}

	/**
	 * Graceful stop, bounded by {@link #FETCH_STOP} + {@link #WORK_STOP}: fetches no more, lets each task at work
	 * finish (one engine transaction: interrupting it could interrupt the database's file I/O too) and hands back
	 * (unlocks) every task fetched but not started, so that another node takes it at once instead of after its
	 * lock expires. A task still at work after the bound keeps its lock, as after a crash.
	 */
	public void stop() {
		if (!this.running) {
			return;
		}
		long stopping = System.nanoTime();
		this.running = false;
		wakeUp();
		this.free.release(this.settings.threads());
		try {
			this.fetcher.join(FETCH_STOP.toMillis());
			this.threads.shutdown();
			if (this.threads.awaitTermination(WORK_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
				log.info("{} workers stopped in {} ms; {} fetched tasks handed back", this.settings.name(),
						TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping), this.handedBack.get());
			}
			else {
				log.warn("{} tasks still at work after {}: their locks expire after {}", this.settings.name(), WORK_STOP,
						this.worker.lockDuration());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public boolean isRunning() {
		return this.running;
	}

	/** A task is there to work (its transaction committed): an idle fetcher fetches at once, not after its backoff. */
	public void wakeUp() {
		this.wakeups.signal();
	}

	/** One round in the caller's thread: fetches and locks a batch of tasks and works it; how many there were. */
	public int workOnce() {
		List<LockedTask> tasks = this.engine.fetchAndLock(this.workerId, this.worker, this.settings.maxTasks());
		tasks.forEach(this::work);
		return tasks.size();
	}

	/** Fetches for the free worker threads and hands them the tasks, until stopped. */
	private void fetchUntilStopped() {
		Semaphore free = this.free;
		Duration idle = this.settings.idleBackoff();
		while (this.running && !Thread.currentThread().isInterrupted()) {
			try {
				free.acquire();
				if (!this.running) {
					return;
				}
				int held = 1 + free.drainPermits();
				long seen = this.wakeups.seen();
				List<LockedTask> tasks = this.engine.fetchAndLock(this.workerId, this.worker, Math.min(held, this.settings.maxTasks()));
				free.release(held - tasks.size());
				byProcessInstance(tasks).forEach(ofOneInstance -> this.threads.execute(() -> workThenFree(ofOneInstance, free)));
				if (tasks.isEmpty()) {
					this.wakeups.await(seen, idle);
					idle = min(idle.multipliedBy(2), this.settings.maxIdleBackoff());
				}
				else {
					idle = this.settings.idleBackoff();
				}
			}
			catch (InterruptedException | RejectedExecutionException stopped) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				if (this.running) {
					log.warn("{} worker fetch failed", this.settings.name(), ex);
					sleepQuietly(this.settings.maxIdleBackoff());
				}
			}
		}
	}

	/**
	 * The tasks of one process instance go to one thread, one after the other: finished side by side, they would
	 * update the same multi-instance counters, and all but one of those transactions would roll back.
	 */
	private static Collection<List<LockedTask>> byProcessInstance(List<LockedTask> tasks) {
		return tasks.stream()
			.collect(Collectors.groupingBy(LockedTask::processInstanceId, LinkedHashMap::new, Collectors.toList()))
			.values();
	}

	private void workThenFree(List<LockedTask> tasks, Semaphore free) {
		for (LockedTask task : tasks) {
			try {
				if (this.running) {
					work(task);
				}
				else if (this.engine.unlock(task)) {
					this.handedBack.incrementAndGet();
				}
			}
			catch (RuntimeException ex) {
				// Its lock expires and a worker takes it again; the worker's idempotency makes that safe.
				log.warn("External task {} of {} failed to finish", task.id(), task.businessKey(), ex);
			}
			finally {
				free.release();
			}
		}
	}

	private void work(LockedTask task) {
		this.policy.work(task, this.engine.engineFor(task, this.workerId));
	}

	private String threadName(String role) {
		return this.settings.name().toLowerCase(Locale.ROOT) + "-" + role;
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

	/**
	 * How the in-process workers run.
	 *
	 * @param name what they work, in their log lines and thread names ({@code Provisioning})
	 */
	public record Settings(String name, int threads, int maxTasks, Duration idleBackoff, Duration maxIdleBackoff) {
	}

}

package io.connectdesk.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/**
 * Runs some threads for a fixed time; each calls its own {@link Operation} in a closed loop and
 * records the latency of every call. Operations are created (and may sign in) before the clock
 * starts.
 */
final class LoadRun {

	/** One unit of work, e.g. one HTTP request; returns whether it succeeded. */
	interface Operation {

		boolean call(long sequence) throws Exception;

	}

	private LoadRun() {
	}

	static Result run(String name, int threads, Duration duration, IntFunction<Operation> operations)
			throws InterruptedException {
		List<Operation> ops = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			ops.add(operations.apply(i));
		}
		ConcurrentLinkedQueue<Latencies> recorded = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		long[] window = new long[2];
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Operation op = ops.get(i);
			long seqBase = (long) i << 40;
			Thread worker = new Thread(() -> {
				Latencies latencies = new Latencies();
				long failed = 0;
				try {
					start.await();
					long end = window[1];
					long seq = seqBase;
					for (long t0 = System.nanoTime(); t0 < end; t0 = System.nanoTime()) {
						boolean ok;
						try {
							ok = op.call(seq++);
						}
						catch (Exception ex) {
							ok = false;
							errors.add(ex.toString());
						}
						latencies.add(System.nanoTime() - t0);
						if (!ok) {
							failed++;
						}
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				latencies.failed = failed;
				recorded.add(latencies);
			}, name + "-" + i);
			workers.add(worker);
		}
		workers.forEach(Thread::start);
		long cpuBefore = processCpuNanos();
		window[0] = System.nanoTime();
		window[1] = window[0] + duration.toNanos();
		start.countDown();
		for (Thread worker : workers) {
			worker.join();
		}
		long elapsed = System.nanoTime() - window[0];
		return Result.of(name, threads, elapsed, processCpuNanos() - cpuBefore, recorded, errors);
	}

	/** CPU time of the whole JVM (server, clients, GC): less sensitive to a busy machine than wall time. */
	static long processCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return 0;
	}

	/** A growable array of nanosecond latencies, one per thread. */
	static final class Latencies {

		long[] values = new long[1 << 14];

		int size;

		long failed;

		void add(long nanos) {
			if (this.size == this.values.length) {
				this.values = java.util.Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = nanos;
		}

	}

}

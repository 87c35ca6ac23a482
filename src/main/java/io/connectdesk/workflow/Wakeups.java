package io.connectdesk.workflow;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Signals that work is there, counted, so that a signal between a fetch and the wait is not lost. */
final class Wakeups {

	private long signals;

	synchronized void signal() {
		this.signals++;
		notifyAll();
	}

	synchronized long seen() {
		return this.signals;
	}

	/** Waits for the backoff, or less when a task is signalled after {@code seen}. */
	synchronized void await(long seen, Duration backoff) throws InterruptedException {
		long deadline = System.nanoTime() + backoff.toNanos();
		for (long left = backoff.toNanos(); this.signals == seen && left > 0; left = deadline - System.nanoTime()) {
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
	}

}

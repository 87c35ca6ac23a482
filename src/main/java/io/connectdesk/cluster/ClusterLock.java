package io.connectdesk.cluster;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Mutual exclusion across every node that shares the database. A named lock is a row in
 * {@code cluster_lock}, locked with {@code SELECT ... FOR UPDATE}: work that holds it runs on one
 * node at a time, and the lock is let go when the transaction it joined (or opened) ends, so the
 * work's own writes are committed before the next node sees them.
 */
public interface ClusterLock {

	/**
	 * Runs the work while holding the named lock, waiting while another node holds it. Joins the
	 * caller's transaction if there is one (the lock is then held until it ends), else opens one.
	 */
	<T> T exclusively(String name, Supplier<T> work);

	default void exclusively(String name, Runnable work) {
		exclusively(name, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Claims one run of a periodic job for the time it was due: exactly one caller, on whichever node,
	 * gets {@code true} for a job and due time; the others (and any later caller for an earlier or the
	 * same due time) get {@code false} and skip the run.
	 */
	boolean claimRun(String job, Instant due);

}

package io.connectdesk.database;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;

/**
 * Group commit: callers whose transactions have committed in memory wait until a store of the database file
 * that began after their commit has ended. The first waiter stores (the leader); those who come while it stores
 * wait for the next store, which one of them makes for all of them. One caller alone stores at once, as before;
 * eight callers share a store between several of them, and the more wait, the fewer stores per commit.
 * <p>
 * Gathering: a leader that finds other transactions writing waits for their commits, at most the gathering time,
 * before it stores. Every store rewrites the pages its commits touched, and the last pages of a table or an index are
 * touched by every commit: one store for more commits rewrites them fewer times (docs/filing-performance.md, section
 * 11). A commit alone, with nobody else writing, is stored at once.
 * <p>
 * A failed store advances nothing: its leader gets the failure (its commit is not acknowledged), and the others
 * try again, one of them as the next leader.
 */
final class GroupCommit {

	private final Runnable store;

	private final IntSupplier othersWriting;

	private final long gatherNanos;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition stored = this.lock.newCondition();

	private final Condition arrived = this.lock.newCondition();

	/** Tickets handed out to committed transactions, in order. */
	private long committed;

	/** Every ticket up to this one is in the file. */
	private long durable;

	private boolean storing;

	private long stores;

	/**
	 * @param othersWriting how many transactions are writing and have not committed yet
	 * @param gatherNanos how long a leader may wait for their commits (0: it never waits)
	 */
	GroupCommit(Runnable store, IntSupplier othersWriting, long gatherNanos) {
		this.store = store;
		this.othersWriting = othersWriting;
		this.gatherNanos = gatherNanos;
	}

	/** Call after a transaction that changed something has committed; returns once its changes are stored. */
	void awaitStored() {
		this.lock.lock();
		try {
			long ticket = ++this.committed;
			if (this.storing) {
				this.arrived.signalAll();
			}
			while (this.durable < ticket) {
				if (this.storing) {
					this.stored.awaitUninterruptibly();
					continue;
				}
				this.storing = true;
				if (this.gatherNanos > 0) {
					gather();
				}
				long upTo = this.committed; // every ticket up to here committed before this store begins
				this.lock.unlock();
				boolean done = false;
				try {
					this.store.run();
					done = true;
				}
				finally {
					this.lock.lock();
					this.storing = false;
					if (done) {
						this.durable = Math.max(this.durable, upTo);
						this.stores++;
					}
					this.stored.signalAll();
				}
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/** With the lock held: waits until those writing now have committed, or the gathering time is up. */
	private void gather() {
		int writing;
		try {
			writing = this.othersWriting.getAsInt();
		}
		catch (RuntimeException ex) {
			return; // no gathering: the store begins at once
		}
		long wanted = this.committed + writing;
		long left = this.gatherNanos;
		while (this.committed < wanted && left > 0) {
			try {
				left = this.arrived.awaitNanos(left);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** How many stores were made, for the figures (commits / stores = commits per file write). */
	long stores() {
		this.lock.lock();
		try {
			return this.stores;
		}
		finally {
			this.lock.unlock();
		}
	}

}

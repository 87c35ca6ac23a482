package io.connectdesk.database;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: callers whose transactions have committed in memory wait until a store of the database file
 * that began after their commit has ended. The first waiter stores (the leader); those who come while it stores
 * wait for the next store, which one of them makes for all of them. One caller alone stores at once, as before;
 * eight callers share a store between several of them, and the more wait, the fewer stores per commit.
 * <p>
 * A failed store advances nothing: its leader gets the failure (its commit is not acknowledged), and the others
 * try again, one of them as the next leader.
 */
final class GroupCommit {

	private final Runnable store;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition stored = this.lock.newCondition();

	/** Tickets handed out to committed transactions, in order. */
	private long committed;

	/** Every ticket up to this one is in the file. */
	private long durable;

	private boolean storing;

	private long stores;

	GroupCommit(Runnable store) {
		this.store = store;
	}

	/** Call after a transaction that changed something has committed; returns once its changes are stored. */
	void awaitStored() {
		this.lock.lock();
		try {
			long ticket = ++this.committed;
			while (this.durable < ticket) {
				if (this.storing) {
					this.stored.awaitUninterruptibly();
					continue;
				}
				long upTo = this.committed; // every ticket up to here committed before this store begins
				this.storing = true;
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

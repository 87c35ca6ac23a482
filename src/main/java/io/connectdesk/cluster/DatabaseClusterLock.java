package io.connectdesk.cluster;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ClusterLock} on the {@code cluster_lock} table (Flyway V28), the same SQL on H2 and
 * PostgreSQL. PostgreSQL waits for a row lock as long as it takes; H2 gives up after its lock
 * timeout, so a wait there is tried again, up to {@link #ATTEMPTS} times.
 */
@Component
class DatabaseClusterLock implements ClusterLock {

	static final int ATTEMPTS = 120;

	private final JdbcClient jdbc;

	private final TransactionTemplate joined;

	private final TransactionTemplate separate;

	DatabaseClusterLock(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.joined = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public <T> T exclusively(String name, Supplier<T> work) {
		ensureRow(name);
		return this.joined.execute(status -> {
			lockRow(name);
			return work.get();
		});
	}

	@Override
	public boolean claimRun(String job, Instant due) {
		String name = "job:" + job;
		ensureRow(name);
		Integer claimed = this.separate.execute(status -> this.jdbc
			.sql("update cluster_lock set last_due = ? where name = ? and (last_due is null or last_due < ?)")
			.params(due.atOffset(ZoneOffset.UTC), name, due.atOffset(ZoneOffset.UTC))
			.update());
		return claimed != null && claimed == 1;
	}

	private void lockRow(String name) {
		for (int attempt = 1;; attempt++) {
			try {
				this.jdbc.sql("select name from cluster_lock where name = ? for update").param(name).query(String.class).single();
				return;
			}
			catch (PessimisticLockingFailureException timedOut) { // H2's lock timeout: still held elsewhere
				if (attempt == ATTEMPTS) {
					throw timedOut;
				}
			}
		}
	}

	/** The lock's row, inserted by the first node that needs it; a node that loses that race finds it there. */
	private void ensureRow(String name) {
		try {
			this.separate.executeWithoutResult(status -> this.jdbc
				.sql("insert into cluster_lock (name) select ? where not exists (select 1 from cluster_lock where name = ?)")
				.params(name, name)
				.update());
		}
		catch (DataIntegrityViolationException insertedByAnotherNode) {
			// the row is there now: exactly what was needed
		}
	}

}

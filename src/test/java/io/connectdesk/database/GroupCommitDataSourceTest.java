package io.connectdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit on a real H2 file database whose own writer would store commits only a minute later
 * ({@code WRITE_DELAY=60000}): what the file holds right after the last acknowledged commit is what a {@code kill -9}
 * at that moment would leave. Every acknowledged row must be in a copy of the file taken then.
 */
class GroupCommitDataSourceTest {

	private static final int THREADS = 8;

	private static final int ROWS_PER_THREAD = 40;

	@TempDir
	Path dir;

	@Test
	void everyAcknowledgedCommitIsInTheFileAndConcurrentCommitsShareWrites() throws Exception {
		JdbcConnectionPool pool = JdbcConnectionPool.create(url(this.dir.resolve("live")), "sa", "");
		GroupCommitDataSource dataSource = withTable(pool);
		long storesBefore = dataSource.stores();
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> runs = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int first = t * ROWS_PER_THREAD;
			runs.add(threads.submit(() -> {
				for (int i = first; i < first + ROWS_PER_THREAD; i++) {
					insert(dataSource, i, i % 2 == 0);
				}
				return null;
			}));
		}
		for (Future<?> run : runs) {
			run.get();
		}
		threads.shutdown();
		Path copy = this.dir.resolve("copy");
		Files.createDirectories(copy);
		Files.copy(this.dir.resolve("live").resolve("db.mv.db"), copy.resolve("db.mv.db"));
		long stores = dataSource.stores() - storesBefore;
		pool.dispose();

		int commits = THREADS * ROWS_PER_THREAD;
		try (Connection connection = JdbcConnectionPool.create(url(copy), "sa", "").getConnection();
				ResultSet rows = connection.createStatement().executeQuery("select count(*) from acknowledged")) {
			rows.next();
			assertThat(rows.getInt(1)).as("rows in the file when the last commit was acknowledged").isEqualTo(commits);
		}
		assertThat(stores).as("file writes for %d commits", commits).isPositive().isLessThan(commits);
	}

	@Test
	void aStoreWaitsForTheCommitOfATransactionThatIsWriting() throws Exception {
		JdbcConnectionPool pool = JdbcConnectionPool.create(url(this.dir.resolve("gather")), "sa", "");
		GroupCommitDataSource dataSource = withTable(pool, Duration.ofSeconds(5));
		long stores = dataSource.stores();
		try (Connection writing = dataSource.getConnection()) {
			writing.setAutoCommit(false);
			writing.createStatement().executeUpdate("insert into acknowledged values (1, 'writing')");
			ExecutorService other = Executors.newSingleThreadExecutor();
			Future<?> alone = other.submit(() -> {
				insert(dataSource, 2, true); // finds the first transaction writing: waits for its commit
				return null;
			});
			Thread.sleep(200);
			assertThat(alone).as("a commit waiting for the one being written").isNotDone();
			writing.commit();
			alone.get();
			other.shutdown();
		}
		assertThat(dataSource.stores()).as("stores for two commits gathered").isEqualTo(stores + 1);
		insert(dataSource, 3, true);
		assertThat(dataSource.stores()).as("a commit with nobody else writing is stored at once").isEqualTo(stores + 2);
		pool.dispose();
	}

	@Test
	void aLosableWriteDoesNotWaitForTheFile() throws Exception {
		JdbcConnectionPool pool = JdbcConnectionPool.create(url(this.dir.resolve("losable")), "sa", "");
		GroupCommitDataSource dataSource = withTable(pool);
		long stores = dataSource.stores();
		LosableWrites.run(() -> {
			try {
				insert(dataSource, 1, false);
				insert(dataSource, 2, true);
				return null;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(dataSource.stores()).as("stores for losable writes").isEqualTo(stores);
		insert(dataSource, 3, true);
		assertThat(dataSource.stores()).as("stores for a durable commit").isEqualTo(stores + 1);
		pool.dispose();
	}

	@Test
	void otherDatabasesGetThePoolsConnectionsAsTheyAre() throws Exception {
		JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:plain", "sa", "");
		try (Connection connection = new GroupCommitDataSource(pool, Duration.ZERO).getConnection()) {
			assertThat(java.lang.reflect.Proxy.isProxyClass(connection.getClass())).isFalse();
		}
		pool.dispose();
	}

	/** Group commit in front of the pool, on a database with the table the tests fill. */
	private static GroupCommitDataSource withTable(JdbcConnectionPool pool) throws Exception {
		return withTable(pool, Duration.ofMillis(1));
	}

	private static GroupCommitDataSource withTable(JdbcConnectionPool pool, Duration gather) throws Exception {
		GroupCommitDataSource dataSource = new GroupCommitDataSource(pool, gather);
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table acknowledged (id int primary key, note varchar(200))");
		}
		return dataSource;
	}

	/** Half in a transaction, half in auto-commit mode: both must wait for the file. */
	private static void insert(GroupCommitDataSource dataSource, int id, boolean transaction) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(!transaction);
			try (PreparedStatement insert = connection.prepareStatement("insert into acknowledged values (?, ?)")) {
				insert.setInt(1, id);
				insert.setString(2, "row " + id);
				insert.executeUpdate();
			}
			if (transaction) {
				connection.commit();
			}
		}
	}

	private static String url(Path directory) {
		return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("db") + ";WRITE_DELAY=60000";
	}

}

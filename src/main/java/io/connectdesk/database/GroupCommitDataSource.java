package io.connectdesk.database;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * A data source whose connections make every commit durable through a {@link GroupCommit} when the database is an
 * H2 file database that does not store each commit itself (H2's write delay above 0): after a transaction that
 * changed something commits, or after a changing statement in auto-commit mode, the caller waits until the
 * database file holds the change. On any other database (PostgreSQL, H2 in memory, or H2 with {@code
 * WRITE_DELAY=0}) it hands out the pool's connections as they are, decided once, on the first connection.
 */
final class GroupCommitDataSource implements DataSource {

	private static final Set<String> CHANGING = Set.of("executeUpdate", "executeLargeUpdate", "executeBatch",
			"executeLargeBatch");

	private final DataSource pool;

	private final Duration gather;

	private volatile Decision decision;

	private record Decision(GroupCommit groupCommit) {
	}

	/**
	 * @param gather how long a store may wait for the commits of transactions that are writing when it would begin
	 * (zero: it begins at once)
	 */
	GroupCommitDataSource(DataSource pool, Duration gather) {
		this.pool = pool;
		this.gather = gather;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return wrap(this.pool.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return wrap(this.pool.getConnection(username, password));
	}

	/** Stores made so far (0 where group commit is off), for the bench's figures. */
	long stores() {
		Decision decided = this.decision;
		return decided == null || decided.groupCommit() == null ? 0 : decided.groupCommit().stores();
	}

	private Connection wrap(Connection connection) throws SQLException {
		Decision decided = this.decision;
		if (decided == null) {
			decided = decide(connection);
		}
		if (decided.groupCommit() == null) {
			return connection;
		}
		GroupCommit groupCommit = decided.groupCommit();
		SessionLocal session = (SessionLocal) h2(connection).getSession();
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				new Committing(connection, session, groupCommit));
	}

	private synchronized Decision decide(Connection connection) throws SQLException {
		if (this.decision == null) {
			MVStore store = storeOf(connection);
			boolean delayed = store != null && store.getFileStore() != null && store.getAutoCommitDelay() > 0;
			Database database = delayed ? ((SessionLocal) h2(connection).getSession()).getDatabase() : null;
			this.decision = new Decision(
					delayed ? new GroupCommit(store::commit, () -> writing(database), this.gather.toNanos()) : null);
		}
		return this.decision;
	}

	/** How many sessions have changes not yet committed (read from other threads: a session may end meanwhile). */
	private static int writing(Database database) {
		int writing = 0;
		for (SessionLocal session : database.getSessions(false)) {
			try {
				if (session.hasPendingTransaction()) {
					writing++;
				}
			}
			catch (RuntimeException ex) { // another thread's session, read while it ends its transaction
			}
		}
		return writing;
	}

	/** The H2 store behind the connection: null when it is not embedded H2 (also used by {@link FileCompaction}). */
	static MVStore storeOf(Connection connection) throws SQLException {
		if (!connection.isWrapperFor(JdbcConnection.class) || !(h2(connection).getSession() instanceof SessionLocal session)) {
			return null; // not H2, or H2 over TCP (its server stores)
		}
		return session.getDatabase().getStore() == null ? null : session.getDatabase().getStore().getMvStore();
	}

	/** A connection that waits for the file after a commit that changed something. */
	private record Committing(Connection connection, SessionLocal session, GroupCommit groupCommit)
			implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "commit", "setAutoCommit" -> { // turning auto-commit on commits what is pending
					boolean changed = this.session.hasPendingTransaction();
					call(this.connection, method, args);
					if (changed && !LosableWrites.now() && !this.session.hasPendingTransaction()) {
						this.groupCommit.awaitStored();
					}
					return null;
				}
				case "createStatement", "prepareStatement", "prepareCall" -> {
					Object statement = call(this.connection, method, args);
					return this.connection.getAutoCommit() ? autoCommitting((Statement) statement) : statement;
				}
				default -> {
					return call(this.connection, method, args);
				}
			}
		}

		/** In auto-commit mode each changing statement is a transaction of its own. */
		private Statement autoCommitting(Statement statement) {
			Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
					: statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
			return (Statement) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { type },
					(proxy, method, args) -> {
						Object result = call(statement, method, args);
						boolean changing = CHANGING.contains(method.getName())
								|| ("execute".equals(method.getName()) && Boolean.FALSE.equals(result));
						if (changing && this.connection.getAutoCommit() && !LosableWrites.now()) {
							this.groupCommit.awaitStored();
						}
						return result;
					});
		}

	}

	private static JdbcConnection h2(Connection connection) throws SQLException {
		Object driver = connection.unwrap(JdbcConnection.class);
		if (driver instanceof JdbcConnection h2) {
			return h2;
		}
		throw new IllegalStateException("The data source's unwrap(JdbcConnection) gave " + driver.getClass()
				+ ": a wrapper in front of the pool must hand out the driver's connection");
	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return this.pool.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		this.pool.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		this.pool.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return this.pool.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return this.pool.getParentLogger();
	}

	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		return iface.isInstance(this) ? iface.cast(this) : this.pool.unwrap(iface);
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) throws SQLException {
		return iface.isInstance(this) || this.pool.isWrapperFor(iface);
	}

}

package io.connectdesk.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, at the JDBC level: each {@code execute*} call, and
 * each statement added to a batch (a batch of five inserts is five statements, though one round trip).
 * Installed as a bean post-processor that wraps the {@link DataSource} bean; the one instance counts
 * for the whole JVM.
 */
public final class SqlStatementCounter implements BeanPostProcessor {

	private static final AtomicLong STATEMENTS = new AtomicLong();

	private static final AtomicLong FOREGROUND = new AtomicLong();

	private static final AtomicLong COMMITS = new AtomicLong();

	private static final AtomicLong GENERATED_KEYS = new AtomicLong();

	private static final AtomicBoolean TRACING = new AtomicBoolean();

	private static final ConcurrentLinkedQueue<String> TRACE = new ConcurrentLinkedQueue<>();

	/** The statements counted so far in this JVM. */
	public static long count() {
		return STATEMENTS.get();
	}

	/**
	 * The statements counted so far on the {@linkplain #isForeground foreground threads}: without
	 * what pollers, schedules and the job executor send meanwhile (a budget test's context may have other tests'
	 * workers still polling).
	 */
	public static long foregroundCount() {
		return FOREGROUND.get();
	}

	/**
	 * A thread that serves HTTP requests, the test's own, or the one that runs the asynchronous continuations a
	 * request left (tests have no job executor: {@code workflow.InlineContinuations}).
	 */
	static boolean isForeground(Thread thread) {
		String name = thread.getName();
		return name.startsWith("http-nio-") || name.equals("main") || name.equals("inline-continuations");
	}

	/**
	 * The transactions committed so far in this JVM ({@code Connection.commit} calls; statements run in auto-commit
	 * mode are not counted). On durable H2 each commit writes a store chunk, so this is a cost of its own.
	 */
	public static long commits() {
		return COMMITS.get();
	}

	/**
	 * How often the {@linkplain #isForeground foreground threads} read the keys the database generated for an insert:
	 * Hibernate does for an entity whose id is the database's identity, and sends its insert at once, outside any
	 * batch.
	 */
	public static long generatedKeyReads() {
		return GENERATED_KEYS.get();
	}

	/** From now on, remembers the text of each statement counted (until {@link #stopTrace}). */
	public static void startTrace() {
		TRACE.clear();
		TRACING.set(true);
	}

	/** @return the statements counted since {@link #startTrace}, in order */
	public static List<String> stopTrace() {
		TRACING.set(false);
		return List.copyOf(TRACE);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, null);
		}
		return bean;
	}

	private static <T> T proxy(Class<T> type, T target, String sql) {
		return type.cast(Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] { type },
				new Counting(target, sql)));
	}

	/** @param sql the prepared statement's text; {@code null} for others */
	private record Counting(Object target, String sql) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if ((name.startsWith("execute") && !name.equals("executeBatch")) || name.equals("addBatch")) {
				STATEMENTS.incrementAndGet();
				if (isForeground(Thread.currentThread())) {
					FOREGROUND.incrementAndGet();
				}
				if (TRACING.get()) {
					TRACE.add(args != null && args.length > 0 && args[0] instanceof String text ? text : String.valueOf(this.sql));
				}
			}
			else if (name.equals("commit") && this.target instanceof Connection) {
				COMMITS.incrementAndGet();
			}
			else if (name.equals("getGeneratedKeys") && isForeground(Thread.currentThread())) {
				GENERATED_KEYS.incrementAndGet();
			}
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (name.equals("unwrap")) {
				return result; // what the caller asked for, e.g. the driver's own connection
			}
			if (result instanceof Connection connection) {
				return proxy(Connection.class, connection, null);
			}
			if (result instanceof Statement statement && method.getReturnType().isInterface()) {
				String text = args != null && args.length > 0 && args[0] instanceof String prepared ? prepared : null;
				return proxy(statementType(method.getReturnType()), statement, text);
			}
			return result;
		}

		@SuppressWarnings("unchecked")
		private static Class<Statement> statementType(Class<?> returned) {
			return (Class<Statement>) returned;
		}

	}

}

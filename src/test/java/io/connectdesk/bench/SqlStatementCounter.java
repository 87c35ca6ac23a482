package io.connectdesk.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
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

	/** The statements counted so far in this JVM. */
	public static long count() {
		return STATEMENTS.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource);
		}
		return bean;
	}

	private static <T> T proxy(Class<T> type, T target) {
		return type.cast(Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] { type },
				new Counting(target)));
	}

	private record Counting(Object target) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if ((name.startsWith("execute") && !name.equals("executeBatch")) || name.equals("addBatch")) {
				STATEMENTS.incrementAndGet();
			}
			Object result;
			try {
				result = method.invoke(this.target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Connection connection) {
				return proxy(Connection.class, connection);
			}
			if (result instanceof Statement statement && method.getReturnType().isInterface()) {
				return proxy(statementType(method.getReturnType()), statement);
			}
			return result;
		}

		@SuppressWarnings("unchecked")
		private static Class<Statement> statementType(Class<?> returned) {
			return (Class<Statement>) returned;
		}

	}

}

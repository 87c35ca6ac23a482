package io.connectdesk.journey;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Finds request threads that take a second database connection while they hold one: a request that
 * waits for a connection while keeping another starves the pool as soon as more such requests run
 * at once than it has connections, and all of them time out (50 simultaneous Basic-auth filings did,
 * with ten). One request at a time shows it as well as fifty: every API test checks it after each
 * test method ({@link ApiTestSupport}).
 */
@TestConfiguration(proxyBeanMethods = false)
class OneConnectionPerRequest {

	/** Where a request thread asked for its second connection, one entry per time. */
	static final List<String> NESTED = new CopyOnWriteArrayList<>();

	private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);

	@Bean
	static BeanPostProcessor countConnectionsPerRequestThread() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && "dataSource".equals(beanName) ? new Counting(dataSource) : bean;
			}

		};
	}

	/** Forgets what earlier tests found; returns what this one found. */
	static List<String> takeNested() {
		List<String> found = List.copyOf(NESTED);
		NESTED.clear();
		return found;
	}

	private static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			if (!Thread.currentThread().getName().contains("-exec-")) {
				return connection; // not a request thread
			}
			int[] held = HELD.get();
			if (held[0] > 0) {
				StringWriter trace = new StringWriter();
				new Throwable("a second connection on " + Thread.currentThread().getName()).printStackTrace(new PrintWriter(trace));
				NESTED.add(trace.toString());
			}
			held[0]++;
			boolean[] closed = new boolean[1];
			return (Connection) Proxy.newProxyInstance(OneConnectionPerRequest.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, arguments) -> {
						if ("close".equals(method.getName()) && !closed[0]) {
							closed[0] = true;
							held[0]--;
						}
						try {
							return method.invoke(connection, arguments);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}

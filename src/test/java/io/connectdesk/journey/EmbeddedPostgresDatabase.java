package io.connectdesk.journey;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for one test class: {@link #register} starts it from the class's
 * {@code @DynamicPropertySource}; {@link Stop}, a test execution listener, stops it after
 * {@code @DirtiesContext(AFTER_CLASS)} has closed the application (else the engine's last metrics
 * flush waits for a database that is gone). Test classes run one after another, so one is enough.
 */
public final class EmbeddedPostgresDatabase {

	private static EmbeddedPostgres postgres;

	private EmbeddedPostgresDatabase() {
	}

	public static void register(DynamicPropertyRegistry properties) {
		postgres = start();
		properties.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		properties.add("spring.datasource.username", () -> "postgres");
		properties.add("spring.datasource.password", () -> "");
	}

	/**
	 * initdb refuses to run as root. As root, zonky 2.x runs initdb and postgres inside
	 * {@code unshare -U}: a new user namespace where they are not root. That needs user namespaces.
	 */
	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Embedded PostgreSQL did not start. As root (user.name="
					+ System.getProperty("user.name") + "), it needs `unshare -U id -u` to work on this machine "
					+ "(user namespaces allowed); else run the tests as a non-root user.", ex);
		}
	}

	/** Runs its after-class step last: after @DirtiesContext has closed the application. */
	public static class Stop implements TestExecutionListener, Ordered {

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public void afterTestClass(TestContext testContext) throws IOException {
			if (postgres != null) {
				postgres.close();
				postgres = null;
			}
		}

	}

}

package io.connectdesk.journey;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.TestExecutionListeners;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The ticket journey on a real PostgreSQL 17: our Flyway migrations and Camunda's schema must work
 * there unchanged. The database starts once for this class and stops after the application that
 * uses it has closed (else the engine's last metrics flush waits for a database that is gone).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestExecutionListeners(listeners = TicketJourneyOnPostgresTest.StopPostgres.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class TicketJourneyOnPostgresTest extends TicketJourney {

	private static EmbeddedPostgres postgres;

	@DynamicPropertySource
	static void postgresDatabase(DynamicPropertyRegistry properties) {
		postgres = startPostgres();
		properties.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		properties.add("spring.datasource.username", () -> "postgres");
		properties.add("spring.datasource.password", () -> "");
	}

	/**
	 * initdb refuses to run as root. As root, zonky 2.x runs initdb and postgres inside
	 * {@code unshare -U}: a new user namespace where they are not root. That needs user namespaces.
	 */
	private static EmbeddedPostgres startPostgres() {
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
	static class StopPostgres implements TestExecutionListener, Ordered {

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE; // after-class steps run in reverse order
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

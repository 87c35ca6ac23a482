package io.connectdesk.quota;

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
 * The simultaneous urgent filings on a real PostgreSQL, whose row locks and read-committed
 * re-checks differ from H2's. Set up like {@code journey/TicketJourneyOnPostgresTest}: the database
 * starts once for this class and stops after the application that uses it has closed.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestExecutionListeners(listeners = ConcurrentUrgentFilingsOnPostgresTest.StopPostgres.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ConcurrentUrgentFilingsOnPostgresTest extends ConcurrentUrgentFilings {

	private static EmbeddedPostgres postgres;

	@DynamicPropertySource
	static void postgresDatabase(DynamicPropertyRegistry properties) {
		postgres = startPostgres();
		properties.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		properties.add("spring.datasource.username", () -> "postgres");
		properties.add("spring.datasource.password", () -> "");
	}

	private static EmbeddedPostgres startPostgres() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Embedded PostgreSQL did not start (as root it needs user namespaces: "
					+ "see journey/TicketJourneyOnPostgresTest)", ex);
		}
	}

	/** Runs its after-class step last: after @DirtiesContext has closed the application. */
	static class StopPostgres implements TestExecutionListener, Ordered {

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

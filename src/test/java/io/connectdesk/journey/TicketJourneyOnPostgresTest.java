package io.connectdesk.journey;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The ticket journey on a real PostgreSQL 17: our Flyway migrations and Camunda's schema must work
 * there unchanged. The database starts once for this class and stops after the application that
 * uses it has closed (else the engine's last metrics flush waits for a database that is gone).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestExecutionListeners(listeners = EmbeddedPostgresDatabase.Stop.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class TicketJourneyOnPostgresTest extends TicketJourney {

	@DynamicPropertySource
	static void postgresDatabase(DynamicPropertyRegistry properties) {
		EmbeddedPostgresDatabase.register(properties);
	}

}

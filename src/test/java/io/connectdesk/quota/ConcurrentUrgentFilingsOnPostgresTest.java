package io.connectdesk.quota;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

import io.connectdesk.journey.EmbeddedPostgresDatabase;

/**
 * The simultaneous urgent filings on a real PostgreSQL, whose row locks and read-committed
 * re-checks differ from H2's. The database (journey/EmbeddedPostgresDatabase)
 * starts once for this class and stops after the application that uses it has closed.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestExecutionListeners(listeners = EmbeddedPostgresDatabase.Stop.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ConcurrentUrgentFilingsOnPostgresTest extends ConcurrentUrgentFilings {

	@DynamicPropertySource
	static void postgresDatabase(DynamicPropertyRegistry properties) {
		EmbeddedPostgresDatabase.register(properties);
	}

}

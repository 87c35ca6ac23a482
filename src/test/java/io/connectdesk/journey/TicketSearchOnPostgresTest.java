package io.connectdesk.journey;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/** Search on PostgreSQL: the tsvector columns and GIN indexes of db/vendor/postgresql (V50). */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestExecutionListeners(listeners = EmbeddedPostgresDatabase.Stop.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class TicketSearchOnPostgresTest extends TicketSearchScenarios {

	@DynamicPropertySource
	static void postgresDatabase(DynamicPropertyRegistry properties) {
		EmbeddedPostgresDatabase.register(properties);
	}

}

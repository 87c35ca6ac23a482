package io.connectdesk.audit;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

import io.connectdesk.journey.EmbeddedPostgresDatabase;

/** The same, on a real PostgreSQL: the migrations, the filters' SQL and the conditional updates must work there too. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestExecutionListeners(listeners = EmbeddedPostgresDatabase.Stop.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class AuditTrailOnPostgresTest extends AuditTrailTest {

	@DynamicPropertySource
	static void postgresDatabase(DynamicPropertyRegistry properties) {
		EmbeddedPostgresDatabase.register(properties);
	}

}

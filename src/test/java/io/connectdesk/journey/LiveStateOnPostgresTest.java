package io.connectdesk.journey;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/** The live stamps, the queue's capped counts and the diagram on a real PostgreSQL 17: their SQL must run there too. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestExecutionListeners(listeners = EmbeddedPostgresDatabase.Stop.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class LiveStateOnPostgresTest extends LiveStateTest {

	@DynamicPropertySource
	static void postgresDatabase(DynamicPropertyRegistry properties) {
		EmbeddedPostgresDatabase.register(properties);
	}

}

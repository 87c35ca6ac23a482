package io.connectdesk.journey;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The ticket journey on a real PostgreSQL: our Flyway migrations and Camunda's schema must work
 * there unchanged. As root, zonky runs initdb and postgres inside {@code unshare -U} (a user
 * namespace where they are not root); that needs user namespaces to be allowed on the machine.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TicketJourneyOnPostgresTest extends TicketJourney {

	private static EmbeddedPostgres postgres;

	@DynamicPropertySource
	static void postgresDatabase(DynamicPropertyRegistry properties) throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		properties.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		properties.add("spring.datasource.username", () -> "postgres");
		properties.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

}

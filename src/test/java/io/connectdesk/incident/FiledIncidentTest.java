package io.connectdesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/** A customer's INCIDENT ticket skips review and opens an incident; its acknowledgement and updates show on the ticket. */
class FiledIncidentTest extends IncidentTestSupport {

	@Test
	void anIncidentTicketOpensALinkedIncidentInsteadOfWaitingInReview() {
		Long customer = newCustomer("Filer");
		ApiClient requester = basic(newPerson("Rita", customer, Role.REQUESTER));
		ApiClient sre = basic(newPerson("Sam", null, Role.SRE));

		ApiClient.Response filed = requester.post("/api/v1/tickets", Map.of("type", "INCIDENT", "title", "Checkout is down",
				"description", "Customers cannot pay.", "components", List.of("database"), "environments", List.of("production"),
				"urgent", false));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String ticket = filed.json().path("id").asText();

		assertThat(ticket(requester, ticket).path("status").asText()).as("no review").isNotEqualTo("IN_REVIEW");
		assertThat(processWaitsIn(ticket)).doesNotContain("Task_ReviewTicket");
		JsonNode incident = linkedIncident(sre, ticket);
		assertThat(incident.path("severity").asText()).as("a warning on production's database").isEqualTo("SEV2");
		assertThat(incident.path("component").asText()).isEqualTo("database");
		assertThat(ticket(sre, ticket).path("timeline").findValuesAsText("kind")).doesNotContain("ACCEPTED");

		long id = incident.path("id").asLong();
		succeeds(sre.post("/api/v1/incidents/" + id + "/acknowledge", null));
		succeeds(sre.post("/api/v1/incidents/" + id + "/updates", Map.of("status", "MITIGATED", "text", "Failed over to the replica.")));

		JsonNode seen = ticket(requester, ticket);
		assertThat(seen.path("timeline").findValuesAsText("kind")).as("acknowledged: the first response").contains("ACCEPTED",
				"INCIDENT_UPDATED");
		assertThat(seen.path("timeline").toString()).contains("Failed over to the replica.");
		String page = signIn(newPerson("Reed", customer, Role.REQUESTER)).get("/tickets/" + ticket).body();
		assertThat(page).as("the ticket page shows its incident").contains("INC-" + id, "SEV2", "Failed over to the replica.");
	}

	private static JsonNode linkedIncident(ApiClient sre, String ticket) {
		for (JsonNode incident : sre.get("/api/v1/incidents").json()) {
			if (ticket.equals(incident.path("ticketId").asText())) {
				return incident;
			}
		}
		throw new AssertionError("No incident linked to " + ticket);
	}

}

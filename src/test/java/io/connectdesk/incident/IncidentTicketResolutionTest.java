package io.connectdesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/** A filed incident and its INCIDENT ticket end together, whichever of the two the SRE resolves. */
class IncidentTicketResolutionTest extends IncidentTestSupport {

	private ApiClient requester;

	private ApiClient sre;

	private String ticket;

	private long incident;

	@BeforeEach
	void aFiledIncident() {
		Long customer = newCustomer("Resolver");
		this.requester = basic(newPerson("Rita", customer, Role.REQUESTER));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", Map.of("type", "INCIDENT", "title", "Checkout is down",
				"description", "Customers cannot pay.", "components", List.of("database"), "environments", List.of("production"),
				"urgent", false));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		this.ticket = filed.json().path("id").asText();
		this.incident = linkedIncident();
	}

	@Test
	void resolvingTheIncidentResolvesItsTicketSayingSo() {
		succeeds(this.sre.post("/api/v1/incidents/" + this.incident + "/acknowledge", null));

		succeeds(this.sre.post("/api/v1/incidents/" + this.incident + "/updates", Map.of("status", "RESOLVED", "text", "Replica promoted.")));

		JsonNode seen = ticket(this.requester, this.ticket);
		assertThat(seen.path("status").asText()).isEqualTo("RESOLVED");
		assertThat(seen.path("timeline").toString()).contains("with incident INC-" + this.incident);
		assertThat(processWaitsIn(this.ticket)).as("the reopen window runs, as after any resolution").isNotEmpty()
			.doesNotContain("Task_FulfilTicket");
		assertThat(incidentStatus()).isEqualTo("RESOLVED");
	}

	@Test
	void resolvingTheTicketResolvesItsAcknowledgedIncident() {
		succeeds(this.sre.post("/api/v1/incidents/" + this.incident + "/acknowledge", null));

		claimAndComplete(this.sre, this.ticket, "RESOLVE", "Replica promoted; payments flow again.");

		assertThat(ticket(this.requester, this.ticket).path("status").asText()).isEqualTo("RESOLVED");
		assertThat(incidentStatus()).isEqualTo("RESOLVED");
		assertThat(this.sre.get("/api/v1/incidents/" + this.incident).json().path("timeline").findValuesAsText("text"))
			.contains("RESOLVED");
	}

	@Test
	void resolvingTheTicketOfAnIncidentNobodyAcknowledgedIsRefusedAndChangesNothing() {
		String task = openTask(this.sre, this.ticket);
		succeeds(this.sre.post("/api/v1/tasks/" + task + "/claim", null));
		Snapshot before = snapshot(this.sre, this.ticket);

		ApiClient.Response refused = this.sre.post("/api/v1/tasks/" + task + "/complete",
				Map.of("outcome", "RESOLVE", "comment", "Looks fine now."));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo(IncidentTicketResolution.NOT_ACKNOWLEDGED);
		assertThat(snapshot(this.sre, this.ticket)).isEqualTo(before);
		assertThat(incidentStatus()).isEqualTo("TRIGGERED");
	}

	@Test
	void theTicketPageSaysWhyItsResolutionWaitsForTheAcknowledgement() {
		ApiClient page = signIn(newPerson("Sue", null, Role.SRE));
		String task = openTask(this.sre, this.ticket);
		Map<String, String> resolve = Map.of("outcome", "RESOLVE", "comment", "Looks fine now.", "ticket", this.ticket);
		assertThat(page.postForm("/tasks/" + task + "/claim", Map.of("ticket", this.ticket)).status()).isEqualTo(302);
		assertThat(page.get("/tickets/" + this.ticket).body()).as("the claim's notice, read").contains("Task claimed");

		ApiClient.Response refused = page.postForm("/tasks/" + task + "/complete", resolve);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(302);
		assertThat(page.get("/tickets/" + this.ticket).body()).contains("Acknowledge the incident first");
		assertThat(ticket(this.requester, this.ticket).path("status").asText()).isEqualTo("IN_PROGRESS");

		succeeds(this.sre.post("/api/v1/incidents/" + this.incident + "/acknowledge", null));
		assertThat(page.postForm("/tasks/" + task + "/complete", resolve).status()).isEqualTo(302);
		assertThat(ticket(this.requester, this.ticket).path("status").asText()).isEqualTo("RESOLVED");
		assertThat(incidentStatus()).isEqualTo("RESOLVED");
	}

	private String incidentStatus() {
		return this.sre.get("/api/v1/incidents/" + this.incident).json().path("status").asText();
	}

	private long linkedIncident() {
		for (JsonNode found : this.sre.get("/api/v1/incidents").json()) {
			if (this.ticket.equals(found.path("ticketId").asText())) {
				return found.path("id").asLong();
			}
		}
		throw new AssertionError("No incident linked to " + this.ticket);
	}

}

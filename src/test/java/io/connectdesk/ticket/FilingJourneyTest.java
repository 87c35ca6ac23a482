package io.connectdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/** Issue 4: an activation from preview to resolution, over HTTP. */
class FilingJourneyTest extends FilingTestSupport {

	@Test
	void previewFileAcceptApproveFulfilResolve() {
		Long customer = newCustomer("Journey");
		holdsContainersAndWaf(customer);
		ApiClient requester = basic(newPerson("Rita", customer, Role.REQUESTER));
		ApiClient approver = basic(newPerson("Ana", customer, Role.APPROVER));
		ApiClient sre = basic(newPerson("Sam", null, Role.SRE));

		// Step 1: the requester previews the cost, then files the same body
		ApiClient.Response preview = requester.post("/api/v1/cost-preview", databaseActivation("Orders database"));
		assertThat(preview.json().path("cost").path("mruDelta").decimalValue()).isEqualByComparingTo("18");
		ApiClient.Response filed = requester.post("/api/v1/tickets", databaseActivation("Orders database"));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String ticketId = filed.json().path("id").asText();
		assertThat(ticket(requester, ticketId).path("status").asText()).isEqualTo("IN_REVIEW");

		// Step 2: the SRE accepts; the cost changes, so the approvers are asked
		claimAndComplete(sre, ticketId, "ACCEPT", null);
		assertThat(ticket(requester, ticketId).path("status").asText()).isEqualTo("WAITING_FOR_APPROVAL");
		assertThat(approver.get("/api/v1/approvals").json().findValuesAsText("ticketId")).containsExactly(ticketId);

		// Step 3: an increase of 18 MRU on a standard plan needs one approval
		succeeds(approver.post("/api/v1/approvals/" + ticketId + "/decisions", Map.of("verdict", "APPROVE")));
		assertThat(ticket(requester, ticketId).path("status").asText()).isEqualTo("IN_PROGRESS");

		// Step 4: the SRE fulfils and resolves it
		claimAndComplete(sre, ticketId, "RESOLVE", "Database created");
		assertThat(ticket(requester, ticketId).path("status").asText()).isEqualTo("RESOLVED");
		assertThat(ticket(requester, ticketId).path("items").findValuesAsText("componentKey")).containsOnly("database");
	}

}

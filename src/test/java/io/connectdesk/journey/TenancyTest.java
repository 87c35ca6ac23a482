package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;

/**
 * A customer's tickets do not exist for another customer's users: every ticket and task endpoint
 * answers 404, exactly as for an id that exists nowhere, and lists never show them.
 */
class TenancyTest extends ApiTestSupport {

	private ApiClient acmeRequester;

	private ApiClient globexRequester;

	private ApiClient globexApprover;

	private ApiClient sre;

	@BeforeEach
	void twoCustomers() {
		Long acme = newCustomer("Acme");
		Long globex = newCustomer("Globex");
		this.acmeRequester = basic(newPerson("Rita", acme, Role.REQUESTER));
		this.globexRequester = basic(newPerson("Gus", globex, Role.REQUESTER));
		this.globexApprover = basic(newPerson("Gina", globex, Role.APPROVER, Role.REQUESTER));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
	}

	@Test
	void foreignTicketIsNotFoundOnEveryTicketEndpoint() {
		String inReview = fileTicket(this.acmeRequester, "Activate container service");
		String resolved = fileTicket(this.acmeRequester, "Add a test environment");
		claimAndComplete(this.sre, resolved, "ACCEPT", null);
		claimAndComplete(this.sre, resolved, "RESOLVE", "Done.");

		for (ApiClient stranger : List.of(this.globexRequester, this.globexApprover)) {
			for (String ticketId : List.of(inReview, resolved)) {
				assertThat(List.of(stranger.get("/api/v1/tickets/" + ticketId),
						stranger.post("/api/v1/tickets/" + ticketId + "/replies", Map.of("body", "Hello?")),
						stranger.post("/api/v1/tickets/" + ticketId + "/reopen", Map.of("reason", "Let me in"))))
					.allSatisfy(answer -> {
						assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
						assertThat(answer.code()).isEqualTo("ticket-not-found");
					});
			}
		}
		assertThat(ticket(this.acmeRequester, inReview).path("conversation")).isEmpty();
		assertThat(ticket(this.acmeRequester, resolved).path("status").asText()).isEqualTo("RESOLVED");
	}

	@Test
	void foreignTicketsTaskIsNotFoundLikeATaskThatDoesNotExist() {
		String ticketId = fileTicket(this.acmeRequester, "Activate container service");
		String foreignTask = openTask(this.sre, ticketId);

		for (String task : List.of(foreignTask, "no-such-task")) {
			assertThat(List.of(this.globexRequester.post("/api/v1/tasks/" + task + "/claim", null),
					this.globexRequester.post("/api/v1/tasks/" + task + "/unclaim", null),
					this.globexRequester.post("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "ACCEPT"))))
				.allSatisfy(answer -> {
					assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
					assertThat(answer.code()).isEqualTo("task-not-found");
				});
		}
		assertThat(ticket(this.sre, ticketId).at("/tasks/0/assignee").isNull()).isTrue();
		assertThat(processWaitsIn(ticketId)).containsExactly("Task_ReviewTicket");
	}

	@Test
	void listsNeverShowAnotherCustomersTickets() {
		String acmeTicket = fileTicket(this.acmeRequester, "Activate container service");
		String globexTicket = fileTicket(this.globexRequester, "Open a VPN link");

		for (String query : List.of("", "?scope=ORGANIZATION", "?scope=MINE", "?status=IN_REVIEW", "?size=100")) {
			assertThat(this.globexApprover.get("/api/v1/tickets" + query).json().path("content").findValuesAsText("id"))
				.as(query)
				.doesNotContain(acmeTicket);
		}
		assertThat(this.globexApprover.get("/api/v1/tickets").json().path("content").findValuesAsText("id"))
			.containsExactly(globexTicket);
		assertThat(this.acmeRequester.get("/api/v1/tickets").json().path("content").findValuesAsText("id"))
			.containsExactly(acmeTicket);
		assertThat(this.globexRequester.get("/api/v1/queue").status()).isEqualTo(403);
	}

}

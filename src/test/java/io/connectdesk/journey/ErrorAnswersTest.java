package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.identity.Role;

/** Refused requests answer with the right status and stable code, and change nothing. */
class ErrorAnswersTest extends ApiTestSupport {

	@Autowired
	private ManagementService management;

	private ApiClient requester;

	private ApiClient sre;

	private ApiClient otherSre;

	@BeforeEach
	void people() {
		this.requester = basic(newPerson("Rita", newCustomer("Acme"), Role.REQUESTER));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
		this.otherSre = basic(newPerson("Sue", null, Role.SRE));
	}

	@AfterEach
	void realTimeAgain() {
		ClockUtil.reset();
	}

	@Test
	void invalidTicketNamesEveryBadFieldAndFilesNothing() {
		Map<String, Object> invalid = new HashMap<>(Map.of("title", "", "description", " ", "cc", List.of("not-an-e-mail")));
		invalid.put("type", null);

		ApiClient.Response refused = this.requester.post("/api/v1/tickets", invalid);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("validation-failed");
		assertThat(refused.json().path("errors").findValuesAsText("field")).contains("title", "description", "type", "cc[0]");
		assertThat(myTicketCount()).isZero();
	}

	@Test
	void unknownStatusInTheQueryIsABadRequestNamingTheParameter() {
		ApiClient.Response refused = this.requester.get("/api/v1/tickets?status=FOO");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("validation-failed");
		assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("status");
	}

	@Test
	void malformedJsonIsABadRequestAndFilesNothing() {
		ApiClient.Response refused = this.requester.postRaw("/api/v1/tickets", "{\"type\": \"QUESTION\", \"title\": ");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("malformed-request");
		assertThat(myTicketCount()).isZero();
	}

	@Test
	void unknownAndJunkTicketIdsAreNotFound() {
		for (String id : List.of("REQ-999999", "req-999998", "abc", "REQ-", "1001", "REQ-12x", "REQ-99999999999999999999")) {
			assertThat(List.of(this.requester.get("/api/v1/tickets/" + id),
					this.requester.post("/api/v1/tickets/" + id + "/replies", Map.of("body", "Hello?")),
					this.requester.post("/api/v1/tickets/" + id + "/reopen", null), this.sre.get("/api/v1/tickets/" + id)))
				.allSatisfy(answer -> {
					assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
					assertThat(answer.code()).isEqualTo("ticket-not-found");
				});
		}
	}

	@Test
	void completingATaskYouHaveNotClaimedConflicts() {
		String ticketId = fileTicket(this.requester, "Activate container service");
		Snapshot before = snapshot(ticketId);

		ApiClient.Response refused = this.sre.post("/api/v1/tasks/" + openTask(this.sre, ticketId) + "/complete",
				Map.of("outcome", "ACCEPT"));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("task-not-claimed");
		assertThat(snapshot(ticketId)).isEqualTo(before);
	}

	@Test
	void claimingATaskSomeoneElseHoldsConflicts() {
		String ticketId = fileTicket(this.requester, "Activate container service");
		String task = openTask(this.sre, ticketId);
		succeeds(this.sre.post("/api/v1/tasks/" + task + "/claim", null));
		Snapshot before = snapshot(ticketId);

		ApiClient.Response refused = this.otherSre.post("/api/v1/tasks/" + task + "/claim", null);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("task-already-claimed");
		assertThat(snapshot(ticketId)).isEqualTo(before);
	}

	@Test
	void replyingToARejectedTicketConflicts() {
		String ticketId = fileTicket(this.requester, "Activate container service");
		claimAndComplete(this.sre, ticketId, "REJECT", "We do not offer this component.");
		Snapshot before = snapshot(ticketId);

		ApiClient.Response refused = this.requester.post("/api/v1/tickets/" + ticketId + "/replies", Map.of("body", "Why not?"));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("ticket-closed");
		assertThat(snapshot(ticketId)).isEqualTo(before);
	}

	@Test
	void replyingToOrReopeningAClosedTicketConflicts() {
		String ticketId = resolvedTicket();
		reopenWindowEnds(ticketId);
		Snapshot before = snapshot(ticketId);
		assertThat(before.status()).isEqualTo("CLOSED");

		ApiClient.Response reply = this.requester.post("/api/v1/tickets/" + ticketId + "/replies", Map.of("body", "Thanks!"));
		ApiClient.Response reopen = this.requester.post("/api/v1/tickets/" + ticketId + "/reopen", null);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
		assertThat(reply.code()).isEqualTo("ticket-closed");
		assertThat(reopen.status()).as(reopen.toString()).isEqualTo(409);
		assertThat(snapshot(ticketId)).isEqualTo(before);
	}

	@Test
	void reopeningAfterTheWindowConflictsEvenBeforeTheTimerFires() {
		String ticketId = resolvedTicket();
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60)));
		Snapshot before = snapshot(ticketId);

		ApiClient.Response refused = this.requester.post("/api/v1/tickets/" + ticketId + "/reopen", Map.of("reason", "Broken again"));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("reopen-window-closed");
		assertThat(snapshot(ticketId)).isEqualTo(before);
		assertThat(processWaitsIn(ticketId)).containsExactly("Gateway_ReopenOrClose");
	}

	@Test
	void invalidFieldsOfOtherRequestsAreNamedAndChangeNothing() {
		String ticketId = fileTicket(this.requester, "Activate container service");
		String task = openTask(this.sre, ticketId);
		succeeds(this.sre.post("/api/v1/tasks/" + task + "/claim", null));
		Snapshot before = snapshot(ticketId);

		assertThat(this.requester.post("/api/v1/tickets/" + ticketId + "/replies", Map.of("body", " "))).satisfies(namesField("body"));
		assertThat(this.sre.post("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "MAYBE"))).satisfies(namesField("outcome"));
		assertThat(this.sre.post("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "RESOLVE"))).satisfies(namesField("outcome"));
		assertThat(this.sre.post("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "REJECT"))).satisfies(namesField("comment"));
		assertThat(this.requester.post("/api/v1/tickets", ticketRequest("Again"), Map.of("Idempotency-Key", "k".repeat(201))))
			.satisfies(namesField("Idempotency-Key"));
		assertThat(snapshot(ticketId)).isEqualTo(before);
		assertThat(myTicketCount()).isOne();
	}

	@Test
	void longRejectionReasonWithinItsLimitIsAcceptedAndKeptWhole() {
		String ticketId = fileTicket(this.requester, "Activate container service");
		String reason = "We cannot offer this. ".repeat(200).strip(); // 4,399 characters; the limit is 10,000

		claimAndComplete(this.sre, ticketId, "REJECT", reason);

		JsonNode rejected = ticket(this.requester, ticketId);
		assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
		assertThat(rejected.path("conversation").findValuesAsText("body")).containsExactly(reason);
		assertThat(rejected.path("timeline").findValuesAsText("detail")).last().asString().hasSizeLessThanOrEqualTo(2000).startsWith("We cannot");
	}

	private static Consumer<ApiClient.Response> namesField(String field) {
		return answer -> {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
			assertThat(answer.code()).isEqualTo("validation-failed");
			assertThat(answer.json().path("errors").findValuesAsText("field")).as(answer.toString()).containsExactly(field);
		};
	}

	private String resolvedTicket() {
		String ticketId = fileTicket(this.requester, "Activate container service");
		claimAndComplete(this.sre, ticketId, "ACCEPT", null);
		claimAndComplete(this.sre, ticketId, "RESOLVE", "Done.");
		return ticketId;
	}

	private void reopenWindowEnds(String ticketId) {
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60)));
		this.management.executeJob(
				this.management.createJobQuery().processInstanceId(processInstanceOf(ticketId)).timers().singleResult().getId());
	}

	private long myTicketCount() {
		return this.requester.get("/api/v1/tickets?scope=MINE").json().path("totalElements").asLong();
	}

	/** What a refused request must leave as it was. */
	private Snapshot snapshot(String ticketId) {
		JsonNode ticket = ticket(this.sre, ticketId);
		return new Snapshot(ticket.path("status").asText(), ticket.path("conversation").size(), ticket.path("timeline").size(),
				ticket.path("tasks").findValuesAsText("assignee"), processWaitsIn(ticketId));
	}

	private record Snapshot(String status, int conversation, int timeline, List<String> assignees, List<String> process) {
	}

}

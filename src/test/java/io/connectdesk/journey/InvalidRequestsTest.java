package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;

/** Invalid input and unknown ids: 400 naming every bad field, or 404; nothing changes. */
class InvalidRequestsTest extends ApiTestSupport {

	private ApiClient requester;

	private ApiClient sre;

	@BeforeEach
	void people() {
		this.requester = basic(newPerson("Rita", newCustomer("Acme"), Role.REQUESTER));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
	}

	@Test
	void invalidTicketNamesEveryBadFieldAndFilesNothing() {
		Map<String, Object> invalid = new HashMap<>(Map.of("title", "", "description", " ", "cc", List.of("not-an-e-mail")));
		invalid.put("type", null);

		ApiClient.Response refused = this.requester.post("/api/v1/tickets", invalid);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("validation-failed");
		assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("title", "description", "type", "cc[0]");
		assertThat(ticketsFiledBy(this.requester)).isZero();
	}

	@Test
	void unknownStatusInTheQueryIsABadRequestNamingTheParameter() {
		assertThat(this.requester.get("/api/v1/tickets?status=FOO")).satisfies(namesField("status"));
	}

	@Test
	void pagingOutOfRangeIsABadRequestNamingTheParameter() {
		assertThat(this.requester.get("/api/v1/tickets?size=0")).satisfies(namesField("size"));
		assertThat(this.requester.get("/api/v1/tickets?size=101")).satisfies(namesField("size"));
		assertThat(this.requester.get("/api/v1/tickets?page=-1")).satisfies(namesField("page"));
		assertThat(this.sre.get("/api/v1/queue?size=500")).satisfies(namesField("size"));
	}

	@Test
	void malformedJsonIsABadRequestAndFilesNothing() {
		ApiClient.Response refused = this.requester.postRaw("/api/v1/tickets", "{\"type\": \"QUESTION\", \"title\": ");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("malformed-request");
		assertThat(ticketsFiledBy(this.requester)).isZero();
	}

	@Test
	void invalidFieldsOfRepliesTasksAndHeadersAreNamedAndChangeNothing() {
		String ticketId = fileTicket(this.requester, "Activate container service");
		String task = openTask(this.sre, ticketId);
		succeeds(this.sre.post("/api/v1/tasks/" + task + "/claim", null));
		Snapshot before = snapshot(this.sre, ticketId);

		assertThat(this.requester.post("/api/v1/tickets/" + ticketId + "/replies", Map.of("body", " "))).satisfies(namesField("body"));
		assertThat(this.sre.post("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "MAYBE"))).satisfies(namesField("outcome"));
		assertThat(this.sre.post("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "RESOLVE"))).satisfies(namesField("outcome"));
		assertThat(this.sre.post("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "REJECT"))).satisfies(namesField("comment"));
		assertThat(this.requester.post("/api/v1/tickets", ticketRequest("Again"), Map.of("Idempotency-Key", "k".repeat(201))))
			.satisfies(namesField("Idempotency-Key"));
		assertThat(snapshot(this.sre, ticketId)).isEqualTo(before);
		assertThat(ticketsFiledBy(this.requester)).isOne();
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

	private static Consumer<ApiClient.Response> namesField(String field) {
		return answer -> {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
			assertThat(answer.code()).isEqualTo("validation-failed");
			assertThat(answer.json().path("errors").findValuesAsText("field")).as(answer.toString()).containsExactly(field);
		};
	}

}

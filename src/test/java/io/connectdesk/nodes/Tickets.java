package io.connectdesk.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/** A ticket's way through the desk over HTTP, as the node tests drive it: file, accept, approve, resolve. */
final class Tickets {

	private Tickets() {
	}

	/** A COMPONENT_ACTIVATION of the items (component, environments, parameters). */
	static Map<String, Object> activation(String title, List<Map<String, Object>> items) {
		return Map.of("type", "COMPONENT_ACTIVATION", "title", title, "description", "Please.", "items", items, "urgent",
				false);
	}

	/** A small INFRASTRUCTURE_CHANGE, as the filing loads send it. */
	static Map<String, Object> change(String title) {
		return Map.of("type", "INFRASTRUCTURE_CHANGE", "title", title, "description", "Please change it in production.",
				"components", List.of("container-service"), "environments", List.of("production"), "urgent", false);
	}

	static String file(Desk requester, Map<String, Object> ticket) throws Exception {
		HttpResponse<String> filed = requester.post("/api/v1/tickets", ticket);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		return Desk.JSON.readTree(filed.body()).path("id").asText();
	}

	/** Claims and completes the ticket's open task with the outcome. */
	static void complete(Desk sre, String ticket, String outcome) throws Exception {
		String task = sre.json("/api/v1/tickets/" + ticket).at("/tasks/0/id").asText();
		assertThat(task).as("an open task of " + ticket).isNotBlank();
		HttpResponse<String> claimed = sre.post("/api/v1/tasks/" + task + "/claim", Map.of());
		assertThat(claimed.statusCode()).as(claimed.body()).isBetween(200, 299);
		Map<String, Object> body = "RESOLVE".equals(outcome) ? Map.of("outcome", outcome, "comment", "Done.")
				: Map.of("outcome", outcome);
		HttpResponse<String> completed = sre.post("/api/v1/tasks/" + task + "/complete", body);
		assertThat(completed.statusCode()).as(completed.body()).isBetween(200, 299);
	}

	/** Approves when the ticket waits for approval; the answer's node (X-Node), or null when nothing was asked. */
	static String approveIfAsked(Desk approver, Desk reader, String ticket) throws Exception {
		JsonNode delta = reader.json("/api/v1/tickets/" + ticket).path("mruDelta");
		if (delta.isNumber() && delta.decimalValue().signum() != 0) {
			// The approval starts in a job after the acceptance (Task_ReadCostFacts is asynchronous).
			eventually(() -> status(reader, ticket), "WAITING_FOR_APPROVAL"::equals, Duration.ofSeconds(60),
					"the approvers to be asked");
		}
		if (!"WAITING_FOR_APPROVAL".equals(status(reader, ticket))) {
			return null;
		}
		HttpResponse<String> approved = approver.post("/api/v1/approvals/" + ticket + "/decisions", Map.of("verdict", "APPROVE"));
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		return approved.headers().firstValue("X-Node").orElse(null);
	}

	static String status(Desk reader, String ticket) throws Exception {
		return reader.json("/api/v1/tickets/" + ticket).path("status").asText();
	}

	static List<String> itemStatuses(Desk sre, String ticket) throws Exception {
		return sre.json("/api/v1/tickets/" + ticket + "/provisioning").findValuesAsText("status");
	}

	static boolean allDone(List<String> statuses, int count) {
		return statuses.size() == count && statuses.stream().allMatch("DONE"::equals);
	}

	/** Polls until the condition holds; fails after the timeout. */
	static <T> T eventually(Check<T> value, Predicate<T> condition, Duration timeout, String what) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		T last = value.get();
		while (!condition.test(last)) {
			assertThat(Instant.now()).as("waited " + timeout + " for " + what + ", last seen: " + last).isBefore(deadline);
			Thread.sleep(250);
			last = value.get();
		}
		return last;
	}

	interface Check<T> {

		T get() throws Exception;

	}

}

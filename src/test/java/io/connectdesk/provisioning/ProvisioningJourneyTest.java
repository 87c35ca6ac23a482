package io.connectdesk.provisioning;

import static io.connectdesk.ticket.TicketLifecycle.TASK_FULFIL;
import static io.connectdesk.ticket.TicketLifecycle.TASK_PROVISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/** Accepted tickets are provisioned by the in-process workers; SREs retry failed items and cancel fulfilments. */
class ProvisioningJourneyTest extends ProvisioningTestSupport {

	private ApiClient requester;

	private ApiClient sre;

	private String sreEmail;

	private ApiClient approver;

	@BeforeEach
	void peopleOfTheDesk() {
		Long acme = newCustomer("Acme");
		this.requester = basic(newPerson("Rita", acme, Role.REQUESTER));
		this.approver = basic(newPerson("Ana", acme, Role.APPROVER, Role.REQUESTER));
		this.sreEmail = newPerson("Sam", null, Role.SRE);
		this.sre = basic(this.sreEmail);
	}

	@Test
	void acceptedTicketIsProvisionedItemByItemThenWaitsForTheSre() {
		String ticket = accepted(List.of("source-repository", "container-service", "blue-green"), List.of("production"));

		JsonNode items = eventually(() -> items(this.sre, ticket), found -> count(found, "DONE") == 2
				&& found.findValues("checklistOpen").stream().anyMatch(JsonNode::asBoolean), "two adapter items done, a checklist open");
		assertThat(processWaitsIn(ticket)).containsExactly(TASK_PROVISION);
		JsonNode manual = item(items, "blue-green");
		assertThat(manual.path("adapterKind").asText()).isEqualTo("manual");
		succeeds(this.sre.post("/api/v1/tickets/" + ticket + "/provisioning/" + manual.path("id").asLong() + "/checklist", null));

		eventually(() -> processWaitsIn(ticket), List.of(TASK_FULFIL)::equals, "the SRE's fulfilment task");
		items = items(this.requester, ticket);
		assertThat(items.findValuesAsText("status")).containsOnly("DONE");
		assertThat(item(items, "source-repository").path("outputs").path("url").asText()).contains("/source-repository/production");
		assertThat(this.adapters.git.provisionCalls(ticket + ":source-repository:production")).isEqualTo(1);
		assertThat(ticket(this.requester, ticket).path("timeline").findValuesAsText("kind")).contains("PROVISIONED");
		assertThat(this.adapters.events).hasSize(3).allMatch(ItemProvisioned.class::isInstance);
		assertThat(signIn(this.sreEmail).get("/tickets/" + ticket).body()).contains("/source-repository/production");
	}

	@Test
	void itemThatKeepsFailingShowsItsErrorAndSucceedsWhenAnSreRetriesItAfterTheFix() {
		this.adapters.infra.breakDown();
		String ticket = accepted(List.of("container-service"), List.of("production"));

		JsonNode items = eventually(() -> items(this.sre, ticket), found -> count(found, "FAILED") == 1, "an incident");
		JsonNode failed = item(items, "container-service");
		assertThat(failed.path("lastError").asText()).contains("backend is down");
		assertThat(items(this.requester, ticket).findValuesAsText("status")).containsExactly("FAILED");
		ApiClient session = signIn(this.sreEmail);
		assertThat(session.get("/tickets/" + ticket).body()).contains("backend is down");
		assertThat(session.get("/queue").body()).contains("backend is down", ticket);
		assertThat(this.requester.post("/api/v1/tickets/" + ticket + "/provisioning/" + failed.path("id").asLong() + "/retry", null)
			.status()).as("requesters do not retry").isEqualTo(403);

		this.adapters.infra.repair();
		succeeds(this.sre.post("/api/v1/tickets/" + ticket + "/provisioning/" + failed.path("id").asLong() + "/retry", null));

		eventually(() -> processWaitsIn(ticket), List.of(TASK_FULFIL)::equals, "the SRE's fulfilment task");
		assertThat(items(this.sre, ticket).findValuesAsText("status")).containsExactly("DONE");
		assertThat(this.adapters.infra.provisionCalls(ticket + ":container-service:production")).isEqualTo(1);
		assertThat(ticket(this.sre, ticket).path("timeline").findValuesAsText("kind"))
			.contains("PROVISIONING_FAILED", "PROVISIONING_RETRIED", "PROVISIONED");
	}

	@Test
	void cancellingAfterTwoOfThreeItemsUndoesBothAndTheTicketSaysSo() {
		// blue-green is manual: its checklist stays open, so that item stays unfinished.
		String ticket = accepted(List.of("source-repository", "container-service", "blue-green"), List.of("production"));
		eventually(() -> items(this.sre, ticket), found -> count(found, "DONE") == 2, "two items done");

		ApiClient.Response cancelled = this.sre.post("/api/v1/tickets/" + ticket + "/provisioning/cancel", null);
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(202);

		eventually(() -> processWaitsIn(ticket), List.of(TASK_FULFIL)::equals, "the SRE's fulfilment task");
		assertThat(items(this.sre, ticket).findValuesAsText("status")).containsOnly("COMPENSATED");
		assertThat(this.adapters.git.existing).isEmpty();
		assertThat(this.adapters.infra.existing).isEmpty();
		assertThat(this.adapters.git.calls).containsExactly("provision " + ticket + ":source-repository:production",
				"deprovision " + ticket + ":source-repository:production");
		assertThat(ticket(this.requester, ticket).path("timeline").findValuesAsText("kind"))
			.contains("PROVISIONED", "DEPROVISIONED", "PROVISIONING_CANCELLED");
		assertThat(this.adapters.events.stream().filter(ItemDeprovisioned.class::isInstance)).hasSize(2);
		assertThat(this.sre.post("/api/v1/tickets/" + ticket + "/provisioning/cancel", null).status())
			.as("nothing left to cancel").isEqualTo(409);

		claimAndComplete(this.sre, ticket, "RESOLVE", "Cancelled at the customer's request: nothing was set up.");
		assertThat(ticket(this.requester, ticket).path("status").asText()).isEqualTo("RESOLVED");
		assertThat(this.requester.get("/api/v1/inventory").json().path("items"))
			.as("a resolved ticket whose fulfilment was cancelled adds nothing to the inventory, nor to the bill")
			.isEmpty();
	}

	@Test
	void cancellingWhileAnAdapterIsAtWorkLetsItFinishThenUndoesIt() {
		this.adapters.git.slow(Duration.ofSeconds(2));
		String ticket = accepted(List.of("source-repository", "container-service", "blue-green"), List.of("production"));
		String repository = ticket + ":source-repository:production";
		eventually(() -> this.adapters.git.begun, begun -> begun.contains("provision " + repository),
				"the repository's adapter at work");

		ApiClient.Response cancelled = this.sre.post("/api/v1/tickets/" + ticket + "/provisioning/cancel", null);
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(202);

		eventually(() -> processWaitsIn(ticket), List.of(TASK_FULFIL)::equals, "the SRE's fulfilment task");
		assertThat(this.adapters.git.calls).as("the repository made while cancelling is removed")
			.containsExactly("provision " + repository, "deprovision " + repository);
		assertThat(this.adapters.git.existing).isEmpty();
		assertThat(this.adapters.infra.existing).isEmpty();
		assertThat(items(this.sre, ticket).findValuesAsText("status")).containsOnly("COMPENSATED");
	}

	private String accepted(List<String> components, List<String> environments) {
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", activation("Activate components", components,
				environments));
		succeeds(filed);
		String ticket = filed.json().path("id").asText();
		claimAndComplete(this.sre, ticket, "ACCEPT", null);
		approvedIfAsked(ticket, this.requester, this.approver);
		return ticket;
	}

	private static JsonNode items(ApiClient client, String ticket) {
		ApiClient.Response found = client.get("/api/v1/tickets/" + ticket + "/provisioning");
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return found.json();
	}

	private static long count(JsonNode items, String status) {
		return items.findValuesAsText("status").stream().filter(status::equals).count();
	}

	private static JsonNode item(JsonNode items, String component) {
		for (JsonNode item : items) {
			if (item.path("componentKey").asText().equals(component)) {
				return item;
			}
		}
		throw new AssertionError("No item for " + component + " in " + items);
	}

}

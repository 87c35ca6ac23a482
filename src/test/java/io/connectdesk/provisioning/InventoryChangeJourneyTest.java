package io.connectdesk.provisioning;

import static io.connectdesk.ticket.TicketLifecycle.TASK_FULFIL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/**
 * The inventory follows the components through change tickets: after a change, a component shows the change's
 * results (and the change ticket), still activated by its activation ticket; a component done by hand, whose
 * checklist recorded no outputs, shows none.
 */
class InventoryChangeJourneyTest extends ProvisioningTestSupport {

	private ApiClient requester;

	private String requesterEmail;

	private ApiClient approver;

	private ApiClient sre;

	@BeforeEach
	void peopleOfTheDesk() {
		Long acme = newCustomer("Acme");
		this.requesterEmail = newPerson("Rita", acme, Role.REQUESTER);
		this.requester = basic(this.requesterEmail);
		this.approver = basic(newPerson("Ana", acme, Role.APPROVER, Role.REQUESTER));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
	}

	@Test
	void aChangeTicketUpdatesTheResultsShownAndAManualComponentShowsNone() {
		String activation = accepted(activation("Service and blue-green", List.of("container-service", "blue-green"),
				List.of("production")));
		JsonNode items = eventually(() -> items(activation), found -> found.findValues("checklistOpen").stream().anyMatch(JsonNode::asBoolean),
				"the blue-green checklist open");
		succeeds(this.sre.post("/api/v1/tickets/" + activation + "/provisioning/" + item(items, "blue-green").path("id").asLong()
				+ "/checklist", null));
		fulfilled(activation);
		claimAndComplete(this.sre, activation, "RESOLVE", "Running.");

		JsonNode inventory = inventory();
		JsonNode service = item(inventory, "container-service");
		assertThat(service.path("activatedBy").asText()).isEqualTo(activation);
		assertThat(service.path("results").path("ticketId").asText()).isEqualTo(activation);
		assertThat(service.path("results").path("operation").asText()).isEqualTo("PROVISION");
		assertThat(service.path("results").path("outputs").path("url").asText()).endsWith("/container-service/production");
		assertThat(item(inventory, "blue-green").path("results").isNull()).as("a checklist without outputs shows nothing")
			.isTrue();

		String change = accepted(ticketRequest("Scale the container service"));
		fulfilled(change);

		JsonNode changed = item(inventory(), "container-service");
		assertThat(changed.path("activatedBy").asText()).as("still activated by its activation").isEqualTo(activation);
		assertThat(changed.path("activeFrom").asText()).isEqualTo(service.path("activeFrom").asText());
		assertThat(changed.path("results").path("ticketId").asText()).isEqualTo(change);
		assertThat(changed.path("results").path("operation").asText()).isEqualTo("CHANGE");
		assertThat(changed.path("results").path("outputs").path("revision").asText()).isEqualTo(change);
		assertThat(changed.path("results").path("updatedAt").asText())
			.isGreaterThanOrEqualTo(service.path("results").path("updatedAt").asText());
		String page = signIn(this.requesterEmail).get("/inventory").body();
		assertThat(page).contains("/tickets/" + activation, "/tickets/" + change, "Changed by",
				"href=\"" + changed.path("results").path("outputs").path("url").asText() + "\"");
	}

	private String accepted(Map<String, Object> request) {
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", request);
		succeeds(filed);
		String ticket = filed.json().path("id").asText();
		claimAndComplete(this.sre, ticket, "ACCEPT", null);
		approvedIfAsked(ticket, this.requester, this.approver);
		return ticket;
	}

	private void fulfilled(String ticket) {
		eventually(() -> items(ticket), found -> !found.isEmpty() && found.findValuesAsText("status").stream().allMatch("DONE"::equals),
				"items done");
		eventually(() -> processWaitsIn(ticket), List.of(TASK_FULFIL)::equals, "the SRE's fulfilment task");
	}

	private JsonNode items(String ticket) {
		ApiClient.Response found = this.sre.get("/api/v1/tickets/" + ticket + "/provisioning");
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return found.json();
	}

	private JsonNode inventory() {
		ApiClient.Response found = this.requester.get("/api/v1/inventory");
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return found.json().path("items");
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

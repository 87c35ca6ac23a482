package io.connectdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/** Issue 4, parts 2 and 6: filing names catalog items, previews their cost, and records it. */
class FilingApiTest extends FilingTestSupport {

	private Long customer;

	private ApiClient requester;

	@BeforeEach
	void customerWithInventory() {
		this.customer = newCustomer("Filing");
		this.requester = basic(newPerson("Rita", this.customer, Role.REQUESTER));
		holdsContainersAndWaf(this.customer);
	}

	@Test
	void badItemsAreNamedOneByOneAndNothingIsStored() {
		Map<String, Object> invalid = Map.of("type", "COMPONENT_ACTIVATION", "title", "Two things",
				"description", "Please.", "items",
				List.of(Map.of("component", "flux-capacitor", "environments", List.of("production")),
						Map.of("component", "container-service", "environments", List.of("production", "staging"),
								"parameters", Map.of("baseCapacity", 0, "maxElasticity", 2, "expectedPeakRps", 10))));

		for (String path : List.of("/api/v1/tickets", "/api/v1/cost-preview")) {
			ApiClient.Response refused = this.requester.post(path, invalid);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
					"items[0].component", "items[1].environments[1]", "items[1].parameters.baseCapacity",
					"items[1].parameters.serviceName");
		}
		assertThat(ticketsFiledBy(this.requester)).isZero();
	}

	@Test
	void catalogTypesNameTheirComponentsInItemsAndDeactivationsOnlyWhatTheCustomerHas() {
		Map<String, Object> freeKeys = Map.of("type", "COMPONENT_ACTIVATION", "title", "Old style", "description", "x",
				"components", List.of("container-service"), "environments", List.of("production"));
		assertThat(this.requester.post("/api/v1/tickets", freeKeys).json().path("errors").findValuesAsText("field"))
			.containsExactlyInAnyOrder("components", "environments", "items");

		ApiClient.Response notHeld = this.requester.post("/api/v1/cost-preview", wafDeactivation("pre-production"));
		assertThat(notHeld.status()).isEqualTo(400);
		assertThat(notHeld.json().path("errors").findValuesAsText("field")).containsExactly("items[0].environments[0]");
		assertThat(ticketsFiledBy(this.requester)).isZero();
	}

	@Test
	void activationPreviewAddsTheItemsPerEnvironmentAndConvertsAtTheRateInForce() {
		ApiClient.Response preview = this.requester.post("/api/v1/cost-preview", databaseActivation("A database"));

		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		JsonNode cost = preview.json().path("cost");
		// 20 MRU now; database: 12 (production) + 6 (pre-production) = 18; 38 after. At 25 USD: 500, 450, 950.
		assertThat(cost.path("currentMonthlyMru").decimalValue()).isEqualByComparingTo("20");
		assertThat(cost.path("mruDelta").decimalValue()).isEqualByComparingTo("18");
		assertThat(cost.path("newMonthlyMru").decimalValue()).isEqualByComparingTo("38");
		assertThat(cost.path("usdPerMru").decimalValue()).isEqualByComparingTo("25");
		assertThat(cost.path("rateEffectiveFrom").asText()).isEqualTo("2020-01-01");
		assertThat(cost.path("currentMonthlyUsd").decimalValue()).isEqualByComparingTo("500");
		assertThat(cost.path("usdDelta").decimalValue()).isEqualByComparingTo("450");
		assertThat(cost.path("newMonthlyUsd").decimalValue()).isEqualByComparingTo("950");
		JsonNode production = cost.path("environments").get(0);
		assertThat(production.path("environmentKey").asText()).isEqualTo("production");
		assertThat(production.path("currentMru").decimalValue()).isEqualByComparingTo("15");
		assertThat(production.path("mruDelta").decimalValue()).isEqualByComparingTo("12");
		assertThat(production.path("newMru").decimalValue()).isEqualByComparingTo("27");
		JsonNode preProduction = cost.path("environments").get(1);
		assertThat(preProduction.path("environmentKey").asText()).isEqualTo("pre-production");
		assertThat(preProduction.path("mruDelta").decimalValue()).isEqualByComparingTo("6");
		assertThat(preProduction.path("newMru").decimalValue()).isEqualByComparingTo("11");
		assertThat(ticketsFiledBy(this.requester)).as("a preview files nothing").isZero();
	}

	@Test
	void deactivationPreviewSubtractsTheNamedItems() {
		ApiClient.Response preview = this.requester.post("/api/v1/cost-preview", wafDeactivation("production"));

		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		JsonNode cost = preview.json().path("cost");
		// 20 MRU now, less the production WAF (5): 15; at 25 USD: -125 and 375.
		assertThat(cost.path("mruDelta").decimalValue()).isEqualByComparingTo("-5");
		assertThat(cost.path("newMonthlyMru").decimalValue()).isEqualByComparingTo("15");
		assertThat(cost.path("usdDelta").decimalValue()).isEqualByComparingTo("-125");
		assertThat(cost.path("newMonthlyUsd").decimalValue()).isEqualByComparingTo("375");
	}

	@Test
	void filingRecordsTheCostAndKeepsTheItemsWithTheirParameters() {
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", databaseActivation("A database"));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);

		JsonNode ticket = ticket(this.requester, filed.json().path("id").asText());
		assertThat(ticket.path("mruDelta").decimalValue()).isEqualByComparingTo("18");
		assertThat(ticket.path("monthlyMruAfter").decimalValue()).isEqualByComparingTo("38");
		assertThat(ticket.path("components").get(0).asText()).isEqualTo("database");
		assertThat(ticket.path("items")).hasSize(2);
		assertThat(ticket.path("items").findValuesAsText("environmentKey")).containsExactly("production", "pre-production");
		assertThat(ticket.path("items").get(0).path("parameters").path("storageGb").asInt()).isEqualTo(50);
		assertThat(ticket.path("timeline").findValuesAsText("kind")).containsSubsequence("FILED", "COSTED");
	}

	@Test
	void typesThatChangeNoComponentsAreNotCosted() {
		String ticketId = fileTicket(this.requester, "A question");

		JsonNode ticket = ticket(this.requester, ticketId);
		assertThat(ticket.hasNonNull("mruDelta")).isFalse();
		assertThat(ticket.path("timeline").findValuesAsText("kind")).doesNotContain("COSTED");
	}


	@Test
	void aChangeNamesOnlyComponentsTheCustomerHasWithValidNewParameters() {
		ApiClient.Response notHeld = this.requester.post("/api/v1/tickets", wafChange("INFRASTRUCTURE_CHANGE",
				Map.of("component", "tls-certificate", "environments", List.of("production"), "parameters",
						Map.of("dnsNames", List.of("orders.example.com")))));
		assertThat(notHeld.status()).as(notHeld.toString()).isEqualTo(400);
		assertThat(notHeld.json().path("errors").findValuesAsText("field")).containsExactly("items[0].environments[0]");

		ApiClient.Response badParameter = this.requester.post("/api/v1/tickets", wafChange("SECURITY_CHANGE",
				Map.of("component", "waf", "environments", List.of("production"), "parameters",
						Map.of("ruleSet", "LENIENT", "protectedHost", "orders.example.com"))));
		assertThat(badParameter.status()).as(badParameter.toString()).isEqualTo(400);
		assertThat(badParameter.json().path("errors").findValuesAsText("field")).containsExactly("items[0].parameters.ruleSet");

		ApiClient.Response freeKeysToo = this.requester.post("/api/v1/tickets", Map.of("type", "SECURITY_CHANGE", "title",
				"Both", "description", "x", "components", List.of("waf"), "items", List.of(Map.of("component", "waf",
						"environments", List.of("production"), "parameters", strictWaf()))));
		assertThat(freeKeysToo.json().path("errors").findValuesAsText("field")).containsExactly("components");
		assertThat(ticketsFiledBy(this.requester)).isZero();
	}

	@Test
	void aChangeWithItemsKeepsTheirParametersIsNotCostedAndGoesStraightToFulfilment() {
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", wafChange("SECURITY_CHANGE",
				Map.of("component", "waf", "environments", List.of("production"), "parameters", strictWaf())));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String ticketId = filed.json().path("id").asText();

		JsonNode ticket = ticket(this.requester, ticketId);
		assertThat(ticket.path("items")).hasSize(1);
		assertThat(ticket.path("items").get(0).path("componentKey").asText()).isEqualTo("waf");
		assertThat(ticket.path("items").get(0).path("parameters").path("ruleSet").asText()).isEqualTo("STRICT");
		assertThat(ticket.hasNonNull("mruDelta")).as("a change adds or removes nothing").isFalse();
		assertThat(ticket.path("timeline").findValuesAsText("kind")).doesNotContain("COSTED");

		claimAndComplete(basic(newPerson("Sam", null, Role.SRE)), ticketId, "ACCEPT", null);
		JsonNode accepted = ticket(this.requester, ticketId);
		assertThat(accepted.path("status").asText()).isEqualTo("IN_PROGRESS");
		assertThat(accepted.path("timeline").findValuesAsText("kind")).doesNotContain("APPROVAL_REQUESTED");
	}

	private static Map<String, Object> wafChange(String type, Map<String, Object> item) {
		return Map.of("type", type, "title", "Stricter rules", "description", "Please.", "items", List.of(item),
				"urgent", false);
	}

	private static Map<String, Object> strictWaf() {
		return Map.of("ruleSet", "STRICT", "protectedHost", "orders.example.com");
	}

}

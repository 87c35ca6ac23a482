package io.connectdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/**
 * Issue 4, part 6: sizing a service activation, and filing it. The sample: 5 developers, 2 widgets,
 * 1 pre-production environment, 3 microservices, 1 intermediary repository, 1 VPN link, 420 requests/s.
 */
class ServiceActivationTest extends FilingTestSupport {

	static final Map<String, Object> SAMPLE = Map.of("developers", 5, "widgets", 2, "preProductionEnvironments", 1,
			"microservices", 3, "intermediaryRepositories", 1, "vpnLinks", 1, "peakRequestsPerSecond", 420);

	private ApiClient requester;

	private ApiClient sre;

	@BeforeEach
	void people() {
		this.requester = basic(newPerson("Rita", newCustomer("Onboarding"), Role.REQUESTER, Role.APPROVER));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
	}

	@Test
	void sizingGivesTheBillCapacityAndEstimateByHand() {
		ApiClient.Response sized = this.requester.post("/api/v1/activation-sizing", SAMPLE);

		assertThat(sized.status()).as(sized.toString()).isEqualTo(200);
		JsonNode sizing = sized.json().path("sizing");
		// Production: ceil(420 / 50) = 9 per zone over 2 zones = 18, max 3 x 18 = 54; pre-production: 1 zone of 1, max 3.
		assertThat(sizing.path("capacity").path("production").path("zones").asInt()).isEqualTo(2);
		assertThat(sizing.path("capacity").path("production").path("perZone").asInt()).isEqualTo(9);
		assertThat(sizing.path("capacity").path("production").path("baseCapacity").asInt()).isEqualTo(18);
		assertThat(sizing.path("capacity").path("production").path("maxElasticity").asInt()).isEqualTo(54);
		assertThat(sizing.path("capacity").path("pre-production").path("baseCapacity").asInt()).isEqualTo(1);
		assertThat(sizing.path("capacity").path("pre-production").path("maxElasticity").asInt()).isEqualTo(3);
		// Production: 5 source repositories 10, artifact repository 2, 2 widget pipelines 6, 3 microservice
		// pipelines 12, container 10, gateway 3, WAF 5, TLS 1, logs 3, monitoring 3, alerts 1, VPN 6 = 62.
		// Pre-production: widget pipelines 4, microservice pipelines 9, container 5, gateway 2, WAF 3, TLS 1,
		// logs 2, monitoring 2, alerts 1, VPN 4 = 33. Total 95 MRU; at 25 USD, 2,375 USD.
		assertThat(sizing.path("monthlyMruPerEnvironment").path("production").decimalValue()).isEqualByComparingTo("62");
		assertThat(sizing.path("monthlyMruPerEnvironment").path("pre-production").decimalValue()).isEqualByComparingTo("33");
		assertThat(sizing.path("monthlyMru").decimalValue()).isEqualByComparingTo("95");
		assertThat(sizing.path("bill").findValuesAsText("componentKey").stream().filter("source-repository"::equals))
			.as("one repository per widget and per microservice").hasSize(5);
		assertThat(sized.json().path("cost").path("mruDelta").decimalValue()).isEqualByComparingTo("95");
		assertThat(sized.json().path("cost").path("usdDelta").decimalValue()).isEqualByComparingTo("2375");
	}

	@Test
	void productionSpreadsOverTwoZonesEvenWithoutTraffic() {
		Map<String, Object> quiet = new java.util.HashMap<>(SAMPLE);
		quiet.put("peakRequestsPerSecond", 0);

		JsonNode production = this.requester.post("/api/v1/activation-sizing", quiet).json().path("sizing").path("capacity").path("production");

		assertThat(production.path("zones").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(production.path("baseCapacity").asInt()).isEqualTo(2);
	}

	@Test
	void badSizingIsNamedFieldByField() {
		Map<String, Object> bad = new java.util.HashMap<>(SAMPLE);
		bad.put("preProductionEnvironments", 0);
		bad.put("widgets", -1);

		ApiClient.Response refused = this.requester.post("/api/v1/activation-sizing", bad);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("preProductionEnvironments", "widgets");
	}

	@Test
	void filedActivationCarriesTheBillAndGoesThroughReviewAndCostApproval() {
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", Map.of("type", "SERVICE_ACTIVATION",
				"title", "Onboard us", "description", "As sized.", "sizing", SAMPLE));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String ticketId = filed.json().path("id").asText();
		JsonNode ticket = ticket(this.requester, ticketId);
		assertThat(ticket.path("mruDelta").decimalValue()).as("the recorded cost is the estimate").isEqualByComparingTo("95");
		assertThat(ticket.path("items").size()).isGreaterThan(20);
		assertThat(ticket.path("type").asText()).isEqualTo("SERVICE_ACTIVATION");

		claimAndComplete(this.sre, ticketId, "ACCEPT", null);
		assertThat(ticket(this.requester, ticketId).path("status").asText()).isEqualTo("WAITING_FOR_APPROVAL");
	}

}

package io.connectdesk.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.journey.ApiClient;

/**
 * A real Alertmanager delivers to the desk through its webhook receiver: alerts posted to its own
 * API arrive as one incident, its repeats are deduplicated, a resolved alert is recorded, and a
 * delivery with another customer's token naming this customer is refused and stores nothing.
 * Skipped where {@code prometheus-alertmanager} is not installed.
 */
class AlertmanagerIntakeTest extends IncidentTestSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	private Customers customers;

	@Test
	void alertsPostedToAlertmanagerBecomeOneIncidentDeduplicatedThenResolved() throws Exception {
		assumeTrue(Alertmanager.installed(), "prometheus-alertmanager is not installed");
		Long acme = newCustomer("Acme");
		Long other = newCustomer("Other");
		String acmeName = this.customers.nameOf(acme);
		ApiClient sre = basic(newPerson("Sre", null, Role.SRE));

		try (Alertmanager alertmanager = Alertmanager.start(configuration(newIntegration(acme), newIntegration(other)))) {
			alertmanager.post(alert("acme", "DatabaseDown", null));

			JsonNode incident = await("one incident of Acme whose alert arrived twice", () -> incidentsOf(sre, acme),
					found -> found.size() == 1 && detail(sre, found.get(0)).path("alerts").get(0).path("received").asInt() >= 2).get(0);
			assertThat(incident.path("severity").asText()).isEqualTo("SEV2");
			assertThat(incident.path("component").asText()).isEqualTo("database");

			alertmanager.post(alert("acme", "DatabaseDown", Instant.now().minusSeconds(1)));
			JsonNode resolved = await("the alert resolved", () -> List.of(detail(sre, incident)),
					found -> found.get(0).path("alerts").get(0).path("status").asText().equals("RESOLVED")).get(0);
			assertThat(resolved.path("timeline").findValuesAsText("kind")).contains("ALERT_RESOLVED");

			alertmanager.post(alert("other", "Intruder", null).replace("\"severity\"", "\"customer\":\"" + acmeName + "\",\"severity\""));
			await("Alertmanager told of a refused delivery", () -> List.of(alertmanager.metric("alertmanager_notifications_failed_total",
					Map.of("integration", "webhook"))), failed -> failed.get(0) >= 1);
			assertThat(incidentsOf(sre, other)).isEmpty();
			assertThat(incidentsOf(sre, acme)).hasSize(1);
		}
	}

	/** Two receivers, each with its customer's token, chosen by the label {@code receiver}; quick groups and repeats. */
	private String configuration(String acmeToken, String otherToken) {
		String url = "http://127.0.0.1:" + this.port + "/api/v1/alerts/alertmanager";
		return """
				route:
				  receiver: acme
				  group_by: ['alertname', 'component', 'environment']
				  group_wait: 1s
				  group_interval: 1s
				  repeat_interval: 2s
				  routes:
				    - receiver: other
				      matchers: ['receiver="other"']
				receivers:
				  - name: acme
				    webhook_configs:
				      - url: %s
				        send_resolved: true
				        http_config:
				          authorization: { type: Bearer, credentials: %s }
				  - name: other
				    webhook_configs:
				      - url: %s
				        send_resolved: true
				        http_config:
				          authorization: { type: Bearer, credentials: %s }
				""".formatted(url, acmeToken, url, otherToken);
	}

	private static String alert(String receiver, String name, Instant endsAt) {
		String ends = endsAt == null ? "" : ",\"endsAt\":\"" + endsAt + "\"";
		return """
				[{"labels":{"alertname":"%s","receiver":"%s","component":"database","environment":"production","severity":"critical"},
				  "annotations":{"summary":"%s on production"}%s}]""".formatted(name, receiver, name, ends);
	}

	private static List<JsonNode> incidentsOf(ApiClient sre, Long customer) {
		List<JsonNode> found = new ArrayList<>();
		sre.get("/api/v1/incidents").json().forEach(incident -> {
			if (incident.path("customerId").asLong() == customer) {
				found.add(incident);
			}
		});
		return found;
	}

	private static JsonNode detail(ApiClient sre, JsonNode incident) {
		return sre.get("/api/v1/incidents/" + incident.path("id").asLong()).json();
	}

	private static <T> List<T> await(String what, Check<T> check, Predicate<List<T>> done) throws Exception {
		Instant until = Instant.now().plus(PATIENCE);
		List<T> last = check.get();
		while (!done.test(last)) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("Waited " + PATIENCE + " for " + what + "; last saw " + last);
			}
			Thread.sleep(250);
			last = check.get();
		}
		return last;
	}

	@FunctionalInterface
	private interface Check<T> {

		List<T> get() throws Exception;

	}

}

package io.connectdesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/** The alert intake over HTTP: integrations, deduplication, resolution, and what it refuses (storing nothing). */
class AlertIntakeTest extends IncidentTestSupport {

	@Test
	void aFiringAlertOpensOneIncidentARepeatIsDeduplicatedAndResolvedIsRecorded() {
		Long customer = newCustomer("Acme");
		ApiClient monitor = monitor(newIntegration(customer));
		ApiClient sre = basic(newPerson("Sre", null, Role.SRE));

		ApiClient.Response first = monitor.post("/api/v1/alerts", alerts(alert("db-1", "firing", "database", "production", "critical")));
		assertThat(first.status()).as(first.toString()).isEqualTo(202);
		assertThat(first.json().path("opened").asInt()).isEqualTo(1);
		long incident = first.json().path("incidents").get(0).asLong();

		ApiClient.Response repeat = monitor.post("/api/v1/alerts", alerts(alert("db-1", "firing", "database", "production", "critical")));
		assertThat(repeat.json().path("opened").asInt()).isZero();
		assertThat(repeat.json().path("deduplicated").asInt()).isEqualTo(1);
		assertThat(repeat.json().path("incidents").get(0).asLong()).isEqualTo(incident);

		ApiClient.Response resolved = monitor.post("/api/v1/alerts", alerts(alert("db-1", "resolved", "database", "production", "critical")));
		assertThat(resolved.json().path("resolved").asInt()).isEqualTo(1);

		JsonNode seen = sre.get("/api/v1/incidents/" + incident).json();
		assertThat(seen.path("severity").asText()).isEqualTo("SEV2"); // STANDARD plan, critical, production
		assertThat(seen.path("status").asText()).isEqualTo("TRIGGERED");
		assertThat(seen.path("alerts")).hasSize(1);
		assertThat(seen.path("alerts").get(0).path("received").asInt()).isEqualTo(3);
		assertThat(seen.path("alerts").get(0).path("status").asText()).isEqualTo("RESOLVED");
		assertThat(seen.path("timeline").findValuesAsText("kind")).containsSubsequence("OPENED", "ALERT_FIRED", "ALERT_RESOLVED");
	}

	@Test
	void newFingerprintsOfOneGroupOpenOneIncident() {
		Long customer = newCustomer("Grouped");
		ApiClient monitor = monitor(newIntegration(customer));
		Map<String, Object> a = new java.util.HashMap<>(alert("g-1", "firing", "container-service", "production", "warning"));
		a.put("group", "{}:{alertname=\"PodCrash\"}");
		Map<String, Object> b = new java.util.HashMap<>(alert("g-2", "firing", "container-service", "production", "warning"));
		b.put("group", "{}:{alertname=\"PodCrash\"}");

		ApiClient.Response delivered = monitor.post("/api/v1/alerts", alerts(a, b));

		assertThat(delivered.json().path("opened").asInt()).isEqualTo(1);
		assertThat(delivered.json().path("incidents")).hasSize(1);
	}

	@Test
	void withoutAWorkingTokenNothingIsTaken() {
		Long customer = newCustomer("Tokenless");
		String token = newIntegration(customer);
		ApiClient admin = basic(newPerson("Root", null, Role.ADMIN));
		Map<String, Object> body = alerts(alert("x-1", "firing", "database", "production", "critical"));

		ApiClient.Response anonymous = ApiClient.anonymous(this.port).post("/api/v1/alerts", body);
		ApiClient.Response wrong = monitor("cdi_not-a-token").post("/api/v1/alerts", body);
		ApiClient.Response apiToken = monitor("cdp_some-api-token").post("/api/v1/alerts", body);
		Long integration = admin.get("/api/v1/customers/" + customer + "/alert-integrations").json().get(0).path("id").asLong();
		assertThat(admin.delete("/api/v1/customers/" + customer + "/alert-integrations/" + integration).status()).isEqualTo(200);
		ApiClient.Response revoked = monitor(token).post("/api/v1/alerts", body);

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.code()).isEqualTo("alert-token-invalid");
		assertThat(wrong.code()).isEqualTo("alert-token-invalid");
		assertThat(apiToken.status()).isIn(401, 403);
		assertThat(revoked.code()).isEqualTo("alert-token-invalid");
		assertThat(admin.get("/api/v1/incidents").json().findValuesAsText("customerId")).doesNotContain(customer.toString());
	}

	@Test
	void badAndForeignDeliveriesAreRefusedWholeAndStoreNothing() {
		Long customer = newCustomer("Careful");
		Long other = newCustomer("Other");
		ApiClient monitor = monitor(newIntegration(customer));
		ApiClient sre = basic(newPerson("Sre", null, Role.SRE));
		Map<String, Object> good = alert("ok-1", "firing", "database", "production", "critical");

		ApiClient.Response notJson = monitor.postRaw("/api/v1/alerts", "{not json");
		ApiClient.Response unknownComponent = monitor.post("/api/v1/alerts",
				alerts(good, alert("bad-1", "firing", "no-such-thing", "production", "critical")));
		ApiClient.Response unknownEnvironment = monitor.post("/api/v1/alerts",
				alerts(good, alert("bad-2", "firing", "database", "moon", "critical")));
		ApiClient.Response badStatus = monitor.post("/api/v1/alerts", alerts(alert("bad-3", "exploding", "database", "production", "critical")));
		Map<String, Object> foreign = Map.of("fingerprint", "f-1", "status", "firing", "labels", Map.of("component", "database",
				"environment", "production", "customer", this.customersName(other)));
		ApiClient.Response foreignCustomer = monitor.post("/api/v1/alerts", alerts(good, foreign));
		ApiClient.Response oldWebhook = monitor.post("/api/v1/alerts/alertmanager", Map.of("version", "3", "alerts", java.util.List.of()));

		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.code()).isEqualTo(MalformedAlertsException.CODE);
		assertThat(unknownComponent.status()).isEqualTo(400);
		assertThat(unknownComponent.json().path("errors").findValuesAsText("field")).containsExactly("alerts[1].labels.component");
		assertThat(unknownEnvironment.json().path("errors").findValuesAsText("field")).containsExactly("alerts[1].labels.environment");
		assertThat(badStatus.json().path("errors").findValuesAsText("field")).containsExactly("alerts[0].status");
		assertThat(foreignCustomer.status()).isEqualTo(422);
		assertThat(foreignCustomer.code()).isEqualTo("alert-foreign-customer");
		assertThat(oldWebhook.code()).isEqualTo(MalformedAlertsException.CODE);
		assertThat(sre.get("/api/v1/incidents").json().findValuesAsText("customerId")).doesNotContain(customer.toString());
	}

	@Test
	void onlyAdminsAndTheCustomersOwnAdminsManageIntegrations() {
		Long customer = newCustomer("Managed");
		Long other = newCustomer("Elsewhere");
		ApiClient requester = basic(newPerson("Req", customer, Role.REQUESTER));
		ApiClient otherAdmin = basic(newCustomerAdmin(other));
		ApiClient sre = basic(newPerson("Sre", null, Role.SRE));
		ApiClient admin = basic(newPerson("Root", null, Role.ADMIN));
		String path = "/api/v1/customers/" + customer + "/alert-integrations";

		assertThat(requester.post(path, Map.of("name", "mine")).status()).isEqualTo(403);
		assertThat(otherAdmin.post(path, Map.of("name", "theirs")).status()).as("another customer is not found").isEqualTo(404);
		assertThat(sre.post(path, Map.of("name", "sre")).status()).isEqualTo(403);
		ApiClient.Response created = admin.post(path, Map.of("name", "by admin"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("token").asText()).startsWith(AlertIntegrations.PREFIX);
		assertThat(admin.get(path).body()).doesNotContain(created.json().path("token").asText());
		assertThat(admin.post(path, Map.of("name", " ")).status()).isEqualTo(400);
	}

	@Test
	void customersSeeOnlyTheirOwnIncidentsAndAnSreChangesSeverityWithAReason() {
		Long customer = newCustomer("Mine");
		Long other = newCustomer("Theirs");
		ApiClient monitor = monitor(newIntegration(customer));
		ApiClient owner = basic(newPerson("Owner", customer, Role.REQUESTER));
		ApiClient stranger = basic(newPerson("Stranger", other, Role.REQUESTER));
		ApiClient sre = basic(newPerson("Sre", null, Role.SRE));
		long incident = monitor.post("/api/v1/alerts", alerts(alert("m-1", "firing", "monitoring", "production", "info")))
			.json().path("incidents").get(0).asLong();

		assertThat(owner.get("/api/v1/incidents/" + incident).status()).isEqualTo(200);
		assertThat(owner.get("/api/v1/incidents/" + incident).json().path("alerts")).isEmpty();
		assertThat(stranger.get("/api/v1/incidents/" + incident).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/incidents").json().findValuesAsText("id")).doesNotContain(String.valueOf(incident));
		assertThat(owner.post("/api/v1/incidents/" + incident + "/severity", Map.of("severity", "SEV1", "reason", "me")).status())
			.isEqualTo(403);
		assertThat(sre.post("/api/v1/incidents/" + incident + "/severity", Map.of("severity", "SEV1")).status()).isEqualTo(400);

		JsonNode changed = sre.post("/api/v1/incidents/" + incident + "/severity",
				Map.of("severity", "SEV1", "reason", "Payments are down")).json();

		assertThat(changed.path("severity").asText()).isEqualTo("SEV1");
		assertThat(changed.path("timeline").findValuesAsText("text")).contains("SEV2 → SEV1: Payments are down");
	}

	@Test
	void aMissedTargetLandsOnTheTimelineOnceAndInTheReport() {
		Long customer = newCustomer("Late");
		ApiClient monitor = monitor(newIntegration(customer));
		ApiClient sre = basic(newPerson("Sre", null, Role.SRE));
		long incident = monitor.post("/api/v1/alerts", alerts(alert("late-1", "firing", "database", "production", "critical")))
			.json().path("incidents").get(0).asLong();

		org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plusSeconds(20 * 60)));
		this.serviceLevels.recordBreaches();
		this.serviceLevels.recordBreaches();

		JsonNode seen = sre.get("/api/v1/incidents/" + incident).json();
		assertThat(seen.path("timeline").findValuesAsText("kind").stream().filter("SERVICE_LEVEL_BREACHED"::equals))
			.as("SEV2: acknowledge within 15 minutes, recorded once").hasSize(1);
		JsonNode row = null;
		for (JsonNode candidate : sre.get("/api/v1/incidents/sla-report").json()) {
			if (candidate.path("incidentId").asLong() == incident) {
				row = candidate;
			}
		}
		assertThat(row).isNotNull();
		assertThat(row.path("missedTargets").findValuesAsText("")).isEmpty();
		assertThat(row.path("missedTargets").toString()).contains("ACKNOWLEDGE").doesNotContain("RESOLVE");
	}

	@Test
	void metricsCountAlertsRepeatsAndOpenIncidentsBySeverity() {
		ApiClient monitor = monitor(newIntegration(newCustomer("Measured")));
		double deduplicatedBefore = this.registry.counter("connectdesk.alerts.deduplicated").count();
		double receivedBefore = this.registry.counter("connectdesk.alerts.received").count();

		monitor.post("/api/v1/alerts", alerts(alert("metric-1", "firing", "database", "production", "critical")));
		monitor.post("/api/v1/alerts", alerts(alert("metric-1", "firing", "database", "production", "critical")));
		this.openCounts.refresh();

		assertThat(this.registry.counter("connectdesk.alerts.received").count() - receivedBefore).isEqualTo(2);
		assertThat(this.registry.counter("connectdesk.alerts.deduplicated").count() - deduplicatedBefore).isEqualTo(1);
		assertThat(this.registry.get("connectdesk.incidents.open").tag("severity", "SEV2").gauge().value()).isGreaterThanOrEqualTo(1);
		assertThat(this.registry.get("connectdesk.incidents.time.to.acknowledge").timer()).isNotNull();
	}

	@org.springframework.beans.factory.annotation.Autowired
	private io.micrometer.core.instrument.MeterRegistry registry;

	@org.springframework.beans.factory.annotation.Autowired
	private OpenIncidentCounts openCounts;

	@org.springframework.beans.factory.annotation.Autowired
	private IncidentServiceLevels serviceLevels;

	private String customersName(Long customerId) {
		return this.customerNames.nameOf(customerId);
	}

	@org.springframework.beans.factory.annotation.Autowired
	private io.connectdesk.customer.Customers customerNames;

}

package io.connectdesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/** The staff's incident desk and incident page, and the customer's public view of an incident. */
class IncidentDeskTest extends IncidentTestSupport {

	private Long customer;

	private String token;

	private ApiClient sre;

	@BeforeEach
	void aCustomerWithMonitoringAndAnSre() {
		this.customer = newCustomer("Deskco");
		this.token = newIntegration(this.customer);
		this.sre = signIn(newPerson("Sam", null, Role.SRE));
	}

	@Test
	void theDeskListsOpenIncidentsWorstFirstWithTheirNextTargetAndFiltersThem() {
		long warning = alerted("desk-info", "info");
		long critical = alerted("desk-crit", "critical");

		ApiClient.Response desk = this.sre.get("/incidents");

		assertThat(desk.status()).as(desk.toString()).isEqualTo(200);
		String body = desk.body();
		assertThat(body).contains("Deskco", "Database · Production", "Triggered", "class=\"countdown").doesNotContain("database · production");
		assertThat(severityOf(critical)).isLessThan(severityOf(warning));
		assertThat(body.indexOf(">INC-" + critical + "<")).as("worst severity first").isPositive()
			.isLessThan(body.indexOf(">INC-" + warning + "<"));
		assertThat(body).as("the navigation counts the unacknowledged").contains("id=\"incidents-unacknowledged\"");
		String filtered = this.sre.get("/incidents?severity=" + severityOf(warning) + "&customer=" + this.customer).body();
		assertThat(filtered).contains("INC-" + warning).doesNotContain(">INC-" + critical + "<");
		assertThat(this.sre.get("/incidents?lang=es").body()).contains("Siguiente objetivo", "Disparado");
	}

	@Test
	void theCustomersPeopleAreRefusedTheDeskAndItsForms() {
		long incident = alerted("desk-refused", "warning");
		ApiClient customerAdmin = signIn(newCustomerAdmin(this.customer));

		assertThat(customerAdmin.get("/incidents").status()).isEqualTo(403);
		assertThat(customerAdmin.postForm("/incidents/" + incident + "/acknowledge", Map.of()).status()).isEqualTo(403);
		assertThat(customerAdmin.postForm("/incidents/" + incident + "/updates", Map.of("status", "RESOLVED", "text", "x")).status())
			.isEqualTo(403);
		assertThat(customerAdmin.postForm("/incidents/" + incident + "/severity", Map.of("severity", "SEV4", "reason", "x")).status())
			.isEqualTo(403);
		assertThat(this.sre.get("/api/v1/incidents/" + incident).json().path("status").asText()).isEqualTo("TRIGGERED");
		assertThat(customerAdmin.get("/tickets").body()).contains("main-nav").doesNotContain("id=\"incidents-unacknowledged\"", "href=\"/incidents\"");
	}

	@Test
	void theIncidentPagesFormsActAndKeepWhatWasChosenAfterAnError() {
		long incident = alerted("desk-forms", "warning");
		String page = "/incidents/" + incident;

		ApiClient.Response shown = this.sre.get(page);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body()).contains("desk-forms", "Down-desk-forms", "Firing", "Acknowledge", "Service-level targets");

		assertThat(followed(this.sre.postForm(page + "/acknowledge", Map.of()))).contains("Acknowledged: the paging has stopped.");
		assertThat(followed(this.sre.postForm(page + "/acknowledge", Map.of()))).as("twice: refused, said why")
			.contains("cannot move there");

		String tooLong = "x".repeat(IncidentWork.LONGEST_UPDATE + 1);
		String refused = followed(this.sre.postForm(page + "/updates", Map.of("status", "MITIGATED", "text", tooLong)));
		assertThat(refused).contains("Write the update (at most 4000 characters)")
			.containsPattern("<option value=\"MITIGATED\" selected=\"selected\"")
			.contains(tooLong);
		assertThat(this.sre.get("/api/v1/incidents/" + incident).json().path("status").asText()).isEqualTo("ACKNOWLEDGED");

		String severity = followed(this.sre.postForm(page + "/severity", Map.of("severity", "SEV1", "reason", " ")));
		assertThat(severity).contains("Say why the severity changes").containsPattern("<option value=\"SEV1\" selected=\"selected\"");

		assertThat(followed(this.sre.postForm(page + "/severity", Map.of("severity", "SEV1", "reason", "Checkout is failing"))))
			.contains("Severity is now SEV1.", "Checkout is failing");
		assertThat(followed(this.sre.postForm(page + "/updates", Map.of("status", "MITIGATED", "text", "Failed over."))))
			.contains("Moved to Mitigated", "Failed over.");
		assertThat(followed(this.sre.postForm(page + "/updates", Map.of("status", "INVESTIGATING", "text", ""))))
			.contains("Moved to Investigating");
		assertThat(this.sre.get("/api/v1/incidents/" + incident).json().path("status").asText()).isEqualTo("INVESTIGATING");
	}

	@Test
	void theCustomersPeopleReadThePublicViewAndAnotherCustomersNothing() {
		long incident = alerted("desk-public", "warning");
		succeeds(this.sre.post("/api/v1/incidents/" + incident + "/acknowledge", null));
		succeeds(this.sre.post("/api/v1/incidents/" + incident + "/severity", Map.of("severity", "SEV1", "reason", "SecretReason77")));
		succeeds(this.sre.post("/api/v1/incidents/" + incident + "/updates", Map.of("status", "MITIGATED", "text", "PublicWord42")));
		ApiClient requester = signIn(newPerson("Rita", this.customer, Role.REQUESTER));

		ApiClient.Response seen = requester.get("/incidents/" + incident);

		assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
		assertThat(seen.body()).contains("INC-" + incident, "PublicWord42", "Mitigated")
			.doesNotContain("SecretReason77", "desk-public\u003c", "Down-desk-public", "Fingerprint", "sam", "Post an update");
		ApiClient stranger = signIn(newPerson("Gus", newCustomer("Othercorp"), Role.REQUESTER));
		assertThat(stranger.get("/incidents/" + incident).status()).isEqualTo(404);
		assertThat(stranger.get("/incidents/999999999").status()).isEqualTo(404);
	}

	private long alerted(String fingerprint, String severity) {
		ApiClient.Response accepted = monitor(this.token).post("/api/v1/alerts",
				alerts(alert(fingerprint, "firing", "database", "production", severity)));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		return accepted.json().path("incidents").get(0).asLong();
	}

	private String severityOf(long incident) {
		return this.sre.get("/api/v1/incidents/" + incident).json().path("severity").asText();
	}

	/** The page a form's redirect leads to, as the browser shows it (with the flashed notice or problems). */
	private String followed(ApiClient.Response redirect) {
		assertThat(redirect.status()).as(redirect.toString()).isEqualTo(302);
		String location = redirect.header("Location").orElseThrow().replace("http://localhost:" + this.port, "").replaceAll("#.*", "");
		ApiClient.Response page = this.sre.get(location);
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		return page.body();
	}

}

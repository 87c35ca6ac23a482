package io.connectdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.identity.Accounts;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/**
 * Every admin and security act leaves an entry in the audit log, made through the real API or engine
 * call that does it, and the log answers by action, actor, customer and day, in pages and as CSV.
 */
class AuditTrailTest extends ApiTestSupport {

	private static final String AUDIT = "/api/v1/admin/audit";

	@Autowired
	private Accounts accounts;

	private String adminEmail;

	private ApiClient admin;

	private Long customer;

	@BeforeEach
	void people() {
		this.adminEmail = newPerson("Ada", null, Role.ADMIN);
		this.admin = basic(this.adminEmail);
		this.customer = newCustomer("Audited");
	}

	@Test
	void grantingAndRevokingTheApproverRoleIsAudited() {
		String rita = newPerson("Rita", this.customer, Role.REQUESTER);
		long ritaId = personId(rita);

		succeeds(this.admin.put("/api/v1/organization/people/" + ritaId + "/approver", Map.of("approver", true)));
		succeeds(this.admin.put("/api/v1/organization/people/" + ritaId + "/approver", Map.of("approver", false)));

		JsonNode entries = entries("customerId=" + this.customer + "&entityType=user&entityId=" + ritaId);
		assertThat(entries.findValuesAsText("action")).containsExactly("APPROVER_REVOKED", "APPROVER_GRANTED");
		assertThat(entries.findValuesAsText("actorName")).containsOnly(this.adminEmail);
		assertThat(entries.get(1).path("details").path("email").asText()).isEqualTo(rita);
	}

	@Test
	void namingAndRemovingAnApproversSubstituteIsAudited() {
		String abe = newPerson("Abe", this.customer, Role.REQUESTER, Role.APPROVER);
		String bea = newPerson("Bea", this.customer, Role.REQUESTER);
		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

		ApiClient.Response named = basic(abe).post("/api/v1/approvals/substitutes", Map.of("substitute", bea, "from", today, "until", today));
		succeeds(named);
		succeeds(basic(abe).delete("/api/v1/approvals/substitutes/" + named.json().path("id").asLong()));

		JsonNode entries = entries("customerId=" + this.customer + "&entityType=approver-substitute");
		assertThat(entries.findValuesAsText("action")).containsExactly("APPROVER_SUBSTITUTE_REMOVED", "APPROVER_SUBSTITUTE_NAMED");
		assertThat(entries.findValuesAsText("actorName")).containsOnly(abe);
		assertThat(entries.get(1).path("details").path("substitute").asText()).isEqualTo(bea);
	}

	@Test
	void generatingARotationSwappingAShiftAndReplacingAnEngineerAreAudited() {
		String ana = newPerson("Ana", null, Role.SRE);
		String ben = newPerson("Ben", null, Role.SRE);
		String carol = newPerson("Carol", null, Role.SRE);

		succeeds(this.admin.post("/api/v1/admin/oncall/rotation", Map.of("startDate", "2036-03-03", "weeks", 1,
				"engineers", List.of(ana, ben))));
		long shift = this.admin.get("/api/v1/admin/oncall/shifts?from=2036-03-04&to=2036-03-04").json().path("shifts").get(0).path("id").asLong();
		succeeds(this.admin.post("/api/v1/admin/oncall/shifts/" + shift + "/swap", null));
		succeeds(this.admin.post("/api/v1/admin/oncall/replacements", Map.of("engineer", ana, "replacement", carol,
				"from", "2036-03-05", "to", "2036-03-05")));

		JsonNode rotation = only("action=ONCALL_ROTATION_GENERATED&actor=" + this.adminEmail);
		assertThat(rotation.path("entityId").asText()).isEqualTo("2036-03-03");
		assertThat(rotation.path("details").path("engineers").toString()).contains(ana, ben);
		JsonNode swap = only("action=ONCALL_SHIFT_SWAPPED&actor=" + this.adminEmail);
		assertThat(swap.path("entityId").asText()).isEqualTo(String.valueOf(shift));
		assertThat(swap.path("details").path("primary").asText()).isEqualTo(ben);
		JsonNode replacement = only("action=ONCALL_ENGINEER_REPLACED&actor=" + this.adminEmail);
		assertThat(replacement.path("entityId").asText()).isEqualTo(ana);
		assertThat(replacement.path("details").path("replacement").asText()).isEqualTo(carol);
	}

	@Test
	void addingAnMruRateIsAudited() {
		succeeds(this.admin.post("/api/v1/admin/catalog/rates", Map.of("usdPerMru", 33.5, "effectiveFrom", "2041-06-10")));

		JsonNode rate = only("action=RATE_ADDED&entityId=2041-06-10");
		assertThat(rate.path("entityType").asText()).isEqualTo("mru-rate");
		assertThat(rate.path("after").path("usdPerMru").asDouble()).isEqualTo(33.5);
	}

	@Test
	void issuingAGitTokenIsAuditedWithoutTheToken() {
		String rita = newPerson("Rita", this.customer, Role.REQUESTER);

		ApiClient.Response issued = basic(rita).get("/api/v1/git/token");
		succeeds(issued);

		JsonNode entry = only("action=GIT_TOKEN_ISSUED&customerId=" + this.customer);
		assertThat(entry.path("actorName").asText()).isEqualTo(rita);
		assertThat(entry.path("entityId").asText()).isEqualTo(issued.json().path("tokenId").asText());
		assertThat(entry.toString()).doesNotContain(issued.json().path("token").asText());
	}

	@Test
	void aSignInLockOutIsAuditedAsTheSystemsAct() {
		String lou = newPerson("Lou", this.customer, Role.REQUESTER);
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(ApiClient.basic(this.port, lou, "wrong-password").get("/api/v1/tickets").status()).isEqualTo(401);
		}

		JsonNode entry = only("action=SIGN_IN_LOCKED&customerId=" + this.customer);
		assertThat(entry.path("actorName").asText()).isEqualTo("system");
		assertThat(entry.path("entityId").asText()).isEqualTo(String.valueOf(personId(lou)));
		assertThat(entry.path("details").path("failedAttempts").asInt()).isEqualTo(5);
		assertThat(entry.path("details").path("clientAddress").asText()).isNotBlank();
	}

	@Test
	void aDeploymentThroughTheEngineRestApiIsAuditedWithWhoDeployedWhat() throws Exception {
		String key = "AuditProbe_" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> deployed = deploy(this.adminEmail, key);
		assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);

		JsonNode entry = only("action=ENGINE_DEPLOYED&actor=" + this.adminEmail);
		assertThat(entry.path("entityType").asText()).isEqualTo("engine-deployment");
		assertThat(entry.path("details").path("processDefinitions").toString()).contains(key + ":1");
		assertThat(entry.path("details").path("name").asText()).isEqualTo("audit-test");
	}

	@Test
	void theLogFiltersByDayAndPages() {
		String rita = newPerson("Rita", this.customer, Role.REQUESTER);
		long ritaId = personId(rita);
		for (boolean approver : new boolean[] { true, false, true }) {
			succeeds(this.admin.put("/api/v1/organization/people/" + ritaId + "/approver", Map.of("approver", approver)));
		}
		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
		String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();

		assertThat(entries("customerId=" + this.customer + "&from=" + today + "&to=" + today)).hasSize(3);
		assertThat(entries("customerId=" + this.customer + "&from=" + tomorrow)).isEmpty();
		assertThat(entries("customerId=" + this.customer + "&action=approver_granted")).hasSize(2);
		JsonNode second = this.admin.get(AUDIT + "?customerId=" + this.customer + "&size=1&page=1").json();
		assertThat(second.path("totalElements").asInt()).isEqualTo(3);
		assertThat(second.path("totalPages").asInt()).isEqualTo(3);
		assertThat(second.path("content").get(0).path("action").asText()).isEqualTo("APPROVER_REVOKED");
		assertThat(this.admin.get(AUDIT + "?from=yesterday").status()).isEqualTo(400);
		assertThat(basic(rita).get(AUDIT).status()).isEqualTo(403);
	}

	@Test
	void theCsvExportDefusesSpreadsheetFormulas() {
		String formula = "formula-" + UUID.randomUUID().toString().substring(0, 8) + "@connectdesk.example.test";
		this.accounts.ensure(new Accounts.NewAccount(formula, "=HYPERLINK(\"http://evil.example\")", PASSWORD, null,
				Set.of(Role.ADMIN), Locale.ENGLISH));
		ApiClient sneaky = basic(formula);
		succeeds(sneaky.post("/api/v1/admin/catalog/rates", Map.of("usdPerMru", 34.5, "effectiveFrom", "2042-06-20")));

		ApiClient.Response csv = this.admin.get(AUDIT + "/export?action=RATE_ADDED&actor=hyperlink");

		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).startsWith("id,recorded_at,actor_id,actor,action,customer_id");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"RATE_ADDED\",");
		ApiClient.Response page = signIn(this.adminEmail).get("/admin/audit.csv?action=RATE_ADDED&actor=hyperlink");
		assertThat(page.body()).isEqualTo(csv.body());
	}

	@Test
	void theAuditPageShowsTheFilteredEntries() {
		String rita = newPerson("Rita", this.customer, Role.REQUESTER);
		succeeds(this.admin.put("/api/v1/organization/people/" + personId(rita) + "/approver", Map.of("approver", true)));

		ApiClient.Response page = signIn(this.adminEmail).get("/admin/audit?customerId=" + this.customer + "&from=not-a-day");

		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.body()).contains("APPROVER_GRANTED", rita, "/admin/audit.csv?customerId=" + this.customer);
	}

	private long personId(String email) {
		JsonNode people = this.admin.get("/api/v1/organization/people?customerId=" + this.customer).json();
		for (JsonNode person : people) {
			if (person.path("email").asText().equals(email)) {
				return person.path("id").asLong();
			}
		}
		throw new AssertionError("No " + email + " among " + people);
	}

	private JsonNode entries(String query) {
		ApiClient.Response found = this.admin.get(AUDIT + "?size=100&" + query);
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return found.json().path("content");
	}

	private JsonNode only(String query) {
		JsonNode found = entries(query);
		assertThat(found).as(query).hasSize(1);
		return found.get(0);
	}

	/** A one-task model sent as Camunda's REST API takes it: multipart, with the deployment's name. */
	private HttpResponse<String> deploy(String email, String key) throws Exception {
		String model = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://connectdesk.io/test">
				  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="Event_Start"/>
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(key);
		String boundary = "audit-" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\naudit-test\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + key + ".bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/engine-rest/deployment/create"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}

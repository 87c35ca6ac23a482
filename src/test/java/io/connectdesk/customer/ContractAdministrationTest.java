package io.connectdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/** An admin manages customers, contracts and environments over the API; nobody else can; every change is audited. */
class ContractAdministrationTest extends ApiTestSupport {

	private static final String CUSTOMERS = "/api/v1/admin/customers";

	private ApiClient admin;

	private ApiClient sre;

	private ApiClient requester;

	private String domain;

	@BeforeEach
	void people() {
		this.admin = basic(newPerson("Ada", null, Role.ADMIN, Role.SRE));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
		this.requester = basic(newPerson("Rita", newCustomer("Acme"), Role.REQUESTER));
		this.domain = "d" + UUID.randomUUID().toString().substring(0, 8) + ".example.test";
	}

	@Test
	void adminCreatesACustomerWithItsContractAndTheDefaultEnvironments() {
		ApiClient.Response created = this.admin.post(CUSTOMERS, newCustomer("Globex", this.domain));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode customer = created.json();
		assertThat(created.header("Location")).hasValue(CUSTOMERS + "/" + customer.path("id").asLong());
		assertThat(customer.at("/contract/domains/0").asText()).isEqualTo(this.domain);
		assertThat(customer.at("/contract/plan").asText()).isEqualTo("PREMIUM");
		assertThat(customer.at("/contract/urgentQuota/slots").asInt()).isEqualTo(5);
		assertThat(customer.at("/contract/urgentQuota/period").asText()).isEqualTo("P7D");
		assertThat(customer.at("/contract/urgentQuota/zone").asText()).isEqualTo("Europe/Madrid");
		assertThat(customer.path("environments").findValuesAsText("key")).containsExactly("production", "pre-production");
		assertThat(customer.path("environments").findValuesAsText("kind")).containsExactly("PRODUCTION", "PRE_PRODUCTION");

		JsonNode listed = this.admin.get(CUSTOMERS).json();
		assertThat(listed.findValuesAsText("name")).contains(customer.path("name").asText());
		assertThat(this.admin.get(CUSTOMERS + "/" + customer.path("id").asLong()).json()).isEqualTo(customer);
	}

	@Test
	void adminChangesTheContractAndTheAuditLogKeepsBeforeAndAfter() {
		long id = create("Initech");

		ApiClient.Response changed = this.admin.put(CUSTOMERS + "/" + id + "/contract",
				terms(List.of(this.domain, "Second-" + this.domain), "ENTERPRISE", 2, "P1M", "America/New_York"));

		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.json().at("/contract/domains/1").asText()).isEqualTo("second-" + this.domain);
		assertThat(changed.json().at("/contract/plan").asText()).isEqualTo("ENTERPRISE");
		JsonNode entries = audit(id);
		assertThat(entries.findValuesAsText("action")).containsExactly("CONTRACT_CHANGED", "CREATED");
		JsonNode change = entries.get(0);
		assertThat(change.path("actorName").asText()).isEqualTo("Ada");
		assertThat(change.path("actorId").isNumber()).isTrue();
		assertThat(change.at("/before/contract/plan").asText()).isEqualTo("PREMIUM");
		assertThat(change.at("/after/contract/plan").asText()).isEqualTo("ENTERPRISE");
		assertThat(change.at("/after/contract/urgentQuota/zone").asText()).isEqualTo("America/New_York");
		assertThat(entries.get(1).path("before").isNull()).isTrue();
	}

	@Test
	void nonAdminsAreForbiddenAndChangeNothing() {
		long id = create("Umbrella");
		JsonNode before = this.admin.get(CUSTOMERS + "/" + id).json();

		for (ApiClient other : List.of(this.sre, this.requester)) {
			List<ApiClient.Response> answers = List.of(other.get(CUSTOMERS), other.get(CUSTOMERS + "/" + id),
					other.post(CUSTOMERS, newCustomer("Sneaky", "x" + this.domain)),
					other.post(CUSTOMERS, Map.of()),
					other.put(CUSTOMERS + "/" + id + "/contract", terms(List.of(this.domain), "STANDARD", 0, "P1M", "UTC")),
					other.post(CUSTOMERS + "/" + id + "/environments", environment("perf-test", "ADDITIONAL")),
					other.delete(CUSTOMERS + "/" + id + "/environments/pre-production"),
					other.get("/api/v1/admin/audit"));
			assertThat(answers).allSatisfy(answer -> {
				assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
				assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
				assertThat(answer.code()).isEqualTo("forbidden");
			});
		}
		assertThat(this.admin.get(CUSTOMERS + "/" + id).json()).isEqualTo(before);
		assertThat(audit(id)).hasSize(1);
	}

	@Test
	void invalidInputNamesEveryBadField() {
		Map<String, Object> contract = new HashMap<>(terms(List.of("not a domain"), "STANDARD", -1, "one month", "Mars/Olympus"));
		contract.put("plan", null);

		ApiClient.Response refused = this.admin.post(CUSTOMERS, Map.of("name", " ", "contract", contract));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("validation-failed");
		assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name",
				"contract.domains[0]", "contract.plan", "contract.urgentSlots", "contract.quotaPeriod", "contract.timeZone");

		long id = create("Hooli");
		ApiClient.Response badTerms = this.admin.put(CUSTOMERS + "/" + id + "/contract", Map.of("domains", List.of()));
		assertThat(badTerms.status()).as(badTerms.toString()).isEqualTo(400);
		assertThat(badTerms.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("domains", "plan",
				"urgentSlots", "timeZone");
		ApiClient.Response badEnvironment = this.admin.post(CUSTOMERS + "/" + id + "/environments",
				Map.of("key", "Perf Test", "displayName", ""));
		assertThat(badEnvironment.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("key",
				"displayName", "kind");
		ApiClient.Response badPlan = this.admin.put(CUSTOMERS + "/" + id + "/contract",
				terms(List.of(this.domain), "GOLD", 1, "P1M", "UTC"));
		assertThat(badPlan.json().path("errors").findValuesAsText("field")).containsExactly("plan");
		assertThat(audit(id)).hasSize(1);
	}

	@Test
	void aDomainOfAnotherCustomerIsAConflictAndChangesNothing() {
		long first = create("Stark");
		String otherDomain = "o" + this.domain;
		ApiClient.Response second = this.admin.post(CUSTOMERS, newCustomer("Wayne", otherDomain));
		long secondId = second.json().path("id").asLong();
		JsonNode before = this.admin.get(CUSTOMERS + "/" + secondId).json();

		ApiClient.Response taken = this.admin.put(CUSTOMERS + "/" + secondId + "/contract",
				terms(List.of(otherDomain, this.domain), "STANDARD", 1, "P1M", "UTC"));
		ApiClient.Response takenOnCreate = this.admin.post(CUSTOMERS, newCustomer("Oscorp", this.domain));

		assertThat(List.of(taken, takenOnCreate)).allSatisfy(answer -> {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
			assertThat(answer.code()).isEqualTo("domain-taken");
		});
		assertThat(this.admin.get(CUSTOMERS + "/" + secondId).json()).isEqualTo(before);
		assertThat(this.admin.get(CUSTOMERS).json().findValuesAsText("name")).noneMatch(name -> name.startsWith("Oscorp"));
		assertThat(audit(first)).hasSize(1);
		assertThat(audit(secondId)).hasSize(1);
	}

	@Test
	void additionalEnvironmentsComeAndGoButProductionStays() {
		long id = create("Cyberdyne");
		String environments = CUSTOMERS + "/" + id + "/environments";

		ApiClient.Response added = this.admin.post(environments, environment("perf-test", "ADDITIONAL"));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		assertThat(added.json().path("environments").findValuesAsText("key")).containsExactly("production",
				"pre-production", "perf-test");

		assertThat(this.admin.post(environments, environment("perf-test", "ADDITIONAL")).code()).isEqualTo("environment-exists");
		ApiClient.Response secondProduction = this.admin.post(environments, environment("production-2", "PRODUCTION"));
		assertThat(secondProduction.status()).isEqualTo(409);
		assertThat(secondProduction.code()).isEqualTo("one-production-only");
		for (String key : List.of("production", "pre-production")) {
			ApiClient.Response refused = this.admin.delete(environments + "/" + key);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
			assertThat(refused.code()).isEqualTo("environment-not-removable");
		}
		assertThat(this.admin.delete(environments + "/nowhere").status()).isEqualTo(404);

		ApiClient.Response removed = this.admin.delete(environments + "/perf-test");
		assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
		assertThat(removed.json().path("environments").findValuesAsText("key")).containsExactly("production", "pre-production");

		JsonNode entries = audit(id);
		assertThat(entries.findValuesAsText("action")).containsExactly("ENVIRONMENT_REMOVED", "ENVIRONMENT_ADDED", "CREATED");
		assertThat(entries.get(0).at("/before/environments").findValuesAsText("key")).contains("perf-test");
		assertThat(entries.get(0).at("/after/environments").findValuesAsText("key")).doesNotContain("perf-test");
	}

	@Test
	void aSignedInAdminChangesTheContractWithTheCsrfTokenOfTheSession() {
		long id = create("Soylent");
		ApiClient browser = signIn(newPerson("Adam", null, Role.ADMIN));

		ApiClient.Response changed = browser.put(CUSTOMERS + "/" + id + "/contract",
				terms(List.of(this.domain), "STANDARD", 0, "P1M", "UTC"));
		ApiClient.Response removed = browser.delete(CUSTOMERS + "/" + id + "/environments/pre-production");

		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(removed.status()).as(removed.toString()).isEqualTo(409);
		assertThat(audit(id).get(0).path("actorName").asText()).isEqualTo("Adam");
	}

	@Test
	void auditPagingOutOfRangeNamesTheParameter() {
		for (String query : List.of("size=0", "size=101", "page=-1")) {
			ApiClient.Response refused = this.admin.get("/api/v1/admin/audit?" + query);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly(query.substring(0, query.indexOf('=')));
		}
	}

	@Test
	void unknownCustomersAreNotFound() {
		List<ApiClient.Response> answers = List.of(this.admin.get(CUSTOMERS + "/999999"),
				this.admin.put(CUSTOMERS + "/999999/contract", terms(List.of(this.domain), "STANDARD", 0, "P1M", "UTC")),
				this.admin.post(CUSTOMERS + "/999999/environments", environment("perf-test", "ADDITIONAL")),
				this.admin.delete(CUSTOMERS + "/999999/environments/perf-test"));

		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
			assertThat(answer.code()).isEqualTo("customer-not-found");
		});
	}

	private long create(String name) {
		ApiClient.Response created = this.admin.post(CUSTOMERS, newCustomer(name, this.domain));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	private JsonNode audit(long customerId) {
		ApiClient.Response found = this.admin.get("/api/v1/admin/audit?entityType=customer&entityId=" + customerId);
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return found.json().path("content");
	}

	private static Map<String, Object> newCustomer(String name, String domain) {
		return Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 8), "contract",
				terms(List.of(domain), "PREMIUM", 5, "P1W", "Europe/Madrid"));
	}

	private static Map<String, Object> terms(List<String> domains, String plan, int slots, String period, String zone) {
		return Map.of("domains", domains, "plan", plan, "urgentSlots", slots, "quotaPeriod", period, "timeZone", zone);
	}

	private static Map<String, Object> environment(String key, String kind) {
		return Map.of("key", key, "displayName", "Performance tests", "kind", kind);
	}

}

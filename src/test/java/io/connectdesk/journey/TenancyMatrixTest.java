package io.connectdesk.journey;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.identity.Accounts;
import io.connectdesk.identity.Memberships;

/**
 * Issue 3's tenancy matrix, built from the routes Spring MVC really maps: every route that takes an
 * id has a case here, or the test fails. A user of another customer gets exactly what an id that
 * exists nowhere gets (404; the admin routes 403) and nothing changes.
 */
class TenancyMatrixTest extends ApiTestSupport {

	/** How a route that takes an id keeps other customers out. */
	enum Guard {
		/** Ids of tickets, tasks and people: another customer's are not found. */
		CROSS_CUSTOMER,
		/** Admin only: refused before the id is even looked at. */
		ADMIN_ONLY,
		/** Only mapped with {@code connectdesk.dev-mail.enabled}: probed in {@link DevMailboxTenancyTest}. */
		DEV_MAILBOX,
		/** Public by design: the secret token is the authorization, and belongs to no customer. */
		EXEMPT_TOKEN,
		/** The catalog: global, not per customer; every signed-in user reads the same components. */
		GLOBAL,
		/** The variable is no id (a month): the route answers only about the caller's own customer. */
		OWN_CUSTOMER
	}

	static final Map<String, Guard> MATRIX = Map.ofEntries(
			entry("GET /api/v1/tickets/{id}", Guard.CROSS_CUSTOMER),
			entry("GET /api/v1/tickets/{id}/live", Guard.CROSS_CUSTOMER),
			entry("GET /api/v1/tickets/{id}/process", Guard.CROSS_CUSTOMER),
			entry("GET /api/v1/tickets/{ticketId}/certificates/{component}/{environment}.pem", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/tickets/{id}/replies", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/tickets/{id}/reopen", Guard.CROSS_CUSTOMER),
			entry("GET /api/v1/tickets/{id}/attachments", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/tickets/{id}/attachments", Guard.CROSS_CUSTOMER),
			entry("GET /api/v1/tickets/{id}/attachments/{attachmentId}", Guard.CROSS_CUSTOMER),
			entry("GET /tickets/{id}/attachments/{attachmentId}", Guard.CROSS_CUSTOMER),
			entry("POST /tickets/{id}/attachments", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/tickets/{id}/cc", Guard.CROSS_CUSTOMER),
			entry("DELETE /api/v1/tickets/{id}/cc", Guard.CROSS_CUSTOMER),
			entry("POST /tickets/{id}/cc", Guard.CROSS_CUSTOMER),
			entry("POST /tickets/{id}/cc/remove", Guard.CROSS_CUSTOMER),
			entry("GET /api/v1/tickets/{id}/provisioning", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/tickets/{id}/provisioning/{itemId}/retry", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/tickets/{id}/provisioning/{itemId}/checklist", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/tickets/{id}/provisioning/cancel", Guard.CROSS_CUSTOMER),
			entry("POST /tickets/{id}/provisioning/{itemId}/retry", Guard.CROSS_CUSTOMER),
			entry("POST /tickets/{id}/provisioning/{itemId}/checklist", Guard.CROSS_CUSTOMER),
			entry("POST /tickets/{id}/provisioning/cancel", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/tasks/{taskId}/claim", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/tasks/{taskId}/unclaim", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/tasks/{taskId}/complete", Guard.CROSS_CUSTOMER),
			entry("PUT /api/v1/organization/people/{userId}/approver", Guard.CROSS_CUSTOMER),
			entry("GET /tickets/{id}", Guard.CROSS_CUSTOMER),
			entry("POST /tickets/{id}/replies", Guard.CROSS_CUSTOMER),
			entry("POST /tickets/{id}/reopen", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/tickets/{id}/secrets/{secretId}/reveal", Guard.CROSS_CUSTOMER),
			entry("POST /tickets/{id}/secrets/{secretId}/reveal", Guard.CROSS_CUSTOMER),
			entry("POST /tasks/{taskId}/claim", Guard.CROSS_CUSTOMER),
			entry("POST /tasks/{taskId}/unclaim", Guard.CROSS_CUSTOMER),
			entry("POST /tasks/{taskId}/complete", Guard.CROSS_CUSTOMER),
			entry("POST /organization/people/{userId}/approver", Guard.CROSS_CUSTOMER),
			entry("GET /api/v1/approvals/{ticketId}", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/approvals/{ticketId}/decisions", Guard.CROSS_CUSTOMER),
			entry("DELETE /api/v1/approvals/substitutes/{substituteId}", Guard.CROSS_CUSTOMER),
			entry("POST /approvals/{ticketId}/decisions", Guard.CROSS_CUSTOMER),
			entry("POST /approvals/substitutes/{substituteId}/remove", Guard.CROSS_CUSTOMER),
			entry("GET /api/v1/admin/customers/{id}", Guard.ADMIN_ONLY),
			entry("PUT /api/v1/admin/customers/{id}/contract", Guard.ADMIN_ONLY),
			entry("POST /api/v1/admin/customers/{id}/environments", Guard.ADMIN_ONLY),
			entry("DELETE /api/v1/admin/customers/{id}/environments/{key}", Guard.ADMIN_ONLY),
			entry("GET /admin/customers/{id}", Guard.ADMIN_ONLY),
			entry("POST /admin/customers/{id}/contract", Guard.ADMIN_ONLY),
			entry("POST /admin/customers/{id}/environments", Guard.ADMIN_ONLY),
			entry("POST /admin/customers/{id}/environments/{key}/remove", Guard.ADMIN_ONLY),
			entry("GET /api/v1/catalog/{key}", Guard.GLOBAL),
			entry("PUT /api/v1/admin/catalog/{key}", Guard.ADMIN_ONLY),
			entry("GET /api/v1/admin/catalog/{key}/prices", Guard.ADMIN_ONLY),
			entry("POST /api/v1/admin/catalog/{key}/prices", Guard.ADMIN_ONLY),
			entry("GET /admin/catalog/{key}", Guard.ADMIN_ONLY),
			entry("POST /admin/catalog/{key}/description", Guard.ADMIN_ONLY),
			entry("POST /admin/catalog/{key}/prices", Guard.ADMIN_ONLY),
			entry("POST /api/v1/tickets/{id}/downgrade", Guard.CROSS_CUSTOMER),
			entry("POST /tickets/{id}/downgrade", Guard.CROSS_CUSTOMER),
			entry("GET /api/v1/admin/customers/{id}/quota", Guard.ADMIN_ONLY),
			entry("GET /admin/customers/{id}/quota", Guard.ADMIN_ONLY),
			entry("GET /api/v1/admin/customers/{id}/holidays", Guard.ADMIN_ONLY),
			entry("PUT /api/v1/admin/customers/{id}/holidays", Guard.ADMIN_ONLY),
			entry("GET /admin/customers/{id}/holidays", Guard.ADMIN_ONLY),
			entry("POST /admin/customers/{id}/holidays", Guard.ADMIN_ONLY),
			entry("GET /api/v1/admin/customers/{id}/sla-report", Guard.ADMIN_ONLY),
			entry("GET /admin/customers/{id}/sla", Guard.ADMIN_ONLY),
			entry("GET /admin/customers/{id}/sla.csv", Guard.ADMIN_ONLY),
			entry("POST /api/v1/tickets/{id}/escalations", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/escalations/{taskId}/take", Guard.CROSS_CUSTOMER),
			entry("POST /tickets/{id}/escalations", Guard.CROSS_CUSTOMER),
			entry("POST /escalations/{taskId}/take", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/admin/oncall/shifts/{id}/swap", Guard.ADMIN_ONLY),
			entry("POST /admin/oncall/shifts/{id}/swap", Guard.ADMIN_ONLY),
			entry("GET /api/v1/statements/{month}", Guard.OWN_CUSTOMER),
			entry("GET /api/v1/admin/customers/{id}/statements/{month}", Guard.ADMIN_ONLY),
			entry("GET /api/v1/admin/customers/{id}/ledger", Guard.ADMIN_ONLY),
			entry("GET /admin/customers/{id}/statement", Guard.ADMIN_ONLY),
			entry("GET /admin/customers/{id}/statement.csv", Guard.ADMIN_ONLY),
			entry("GET /api/v1/admin/customers/{id}/inventory", Guard.ADMIN_ONLY),
			entry("GET /admin/customers/{id}/inventory", Guard.ADMIN_ONLY),
			entry("GET /dev/mailbox/{index}", Guard.DEV_MAILBOX),
			entry("GET /signup/verify/{token}", Guard.EXEMPT_TOKEN),
			entry("POST /signup/verify/{token}", Guard.EXEMPT_TOKEN),
			entry("GET /invitations/{token}", Guard.EXEMPT_TOKEN),
			entry("POST /invitations/{token}", Guard.EXEMPT_TOKEN),
			entry("DELETE /api/v1/tokens/{id}", Guard.CROSS_CUSTOMER),
			entry("POST /tokens/{id}/revoke", Guard.CROSS_CUSTOMER),
			entry("GET /api/v1/admin/customers/{customerId}/tokens", Guard.ADMIN_ONLY),
			entry("DELETE /api/v1/admin/customers/{customerId}/tokens/{id}", Guard.ADMIN_ONLY),
			entry("GET /admin/customers/{customerId}/tokens", Guard.ADMIN_ONLY),
			entry("POST /admin/customers/{customerId}/tokens/{id}/revoke", Guard.ADMIN_ONLY),
			entry("GET /api/v1/customers/{customerId}/alert-integrations", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/customers/{customerId}/alert-integrations", Guard.CROSS_CUSTOMER),
			entry("DELETE /api/v1/customers/{customerId}/alert-integrations/{id}", Guard.CROSS_CUSTOMER),
			entry("GET /api/v1/incidents/{id}", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/incidents/{id}/severity", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/incidents/{id}/acknowledge", Guard.CROSS_CUSTOMER),
			entry("POST /api/v1/incidents/{id}/updates", Guard.CROSS_CUSTOMER),
			entry("GET /incidents/{id}", Guard.CROSS_CUSTOMER),
			entry("POST /incidents/{id}/acknowledge", Guard.CROSS_CUSTOMER),
			entry("POST /incidents/{id}/updates", Guard.CROSS_CUSTOMER),
			entry("POST /incidents/{id}/severity", Guard.CROSS_CUSTOMER),
			entry("GET /status/feed/{customerId}/{secret}.atom", Guard.EXEMPT_TOKEN));

	private static final String COCKPIT = "/camunda/app/cockpit/default/";

	private static final String WEBAPP_API = "/camunda/api/engine/engine/default/process-definition";

	private static final String PROCESS_DEFINITIONS = "/engine-rest/engine/default/process-definition";

	private static final String CATALOG_KEY = "waf";

	private static final Ids NOWHERE = new Ids("REQ-999999999", "00000000-0000-0000-0000-000000000000", 999_999_999L, 999_999_999L, 999_999_999L, 999_999_999L,
			999_999_999L, 999_999_999L);

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Memberships memberships;

	private Long acme;

	private Long globex;

	private ApiClient admin;

	private ApiClient sre;

	private Ids acmes;

	private String rita;

	@BeforeEach
	void twoCustomersAndATicketInReview() {
		this.acme = newCustomer("Acme");
		this.globex = newCustomer("Globex");
		this.admin = basic(newPerson("Ada", null, Role.ADMIN));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
		this.rita = newPerson("Rita", this.acme, Role.REQUESTER);
		String ticket = fileTicket(basic(this.rita), "Activate container service");
		Long person = this.accounts.findByEmail(newPerson("Paul", this.acme, Role.REQUESTER)).orElseThrow().userId();
		succeeds(this.admin.post("/api/v1/admin/customers/" + this.acme + "/environments",
				Map.of("key", "staging", "displayName", "Staging", "kind", "ADDITIONAL")));
		ApiClient approver = basic(newPerson("Abe", this.acme, Role.APPROVER, Role.REQUESTER));
		ApiClient.Response substitute = approver.post("/api/v1/approvals/substitutes", Map.of("substitute", this.rita, "from",
				java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), "until", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()));
		succeeds(substitute);
		ApiClient.Response token = basic(this.rita).post("/api/v1/tokens", Map.of("name", "CI", "scopes", List.of("tickets:read"), "expiresInDays", 30));
		succeeds(token);
		ApiClient.Response integration = this.admin.post("/api/v1/customers/" + this.acme + "/alert-integrations", Map.of("name", "prom"));
		succeeds(integration);
		ApiClient.Response alerted = ApiClient.bearer(this.port, integration.json().path("token").asText()).post("/api/v1/alerts",
				Map.of("alerts", List.of(Map.of("fingerprint", "tenancy-1", "status", "firing", "labels",
						Map.of("component", "database", "environment", "production")))));
		succeeds(alerted);
		this.acmes = new Ids(ticket, openTask(this.sre, ticket), person, this.acme, substitute.json().path("id").asLong(),
				token.json().path("details").path("id").asLong(), integration.json().path("integration").path("id").asLong(),
				alerted.json().path("incidents").get(0).asLong());
	}

	@Test
	void everyRouteThatTakesAnIdHasATenancyCase() {
		Set<String> routes = routesWithPathVariables();

		assertThat(MATRIX.keySet()).as("routes that take an id without a tenancy case: add one to MATRIX")
			.containsAll(routes);
		assertThat(routes).as("cases for routes that no longer exist")
			.containsAll(MATRIX.entrySet().stream().filter(e -> e.getValue() != Guard.DEV_MAILBOX).map(Map.Entry::getKey).toList());
		assertThat(probes().keySet()).as("every cross-customer and admin route is probed")
			.containsExactlyInAnyOrderElementsOf(MATRIX.entrySet().stream()
				.filter(e -> e.getValue() == Guard.CROSS_CUSTOMER || e.getValue() == Guard.ADMIN_ONLY)
				.map(Map.Entry::getKey)
				.toList());
	}

	@Test
	void anotherCustomersUsersGetWhatAnUnknownIdGetsAndChangeNothing() {
		String globexAdminEmail = newPerson("Gina", this.globex, Role.APPROVER, Role.REQUESTER);
		this.memberships.makeCustomerAdmin(globexAdminEmail);
		Map<String, ApiClient> strangers = new LinkedHashMap<>();
		strangers.put("customer admin (Basic)", basic(globexAdminEmail));
		strangers.put("customer admin (session)", signIn(globexAdminEmail));
		String globexRequester = newPerson("Gus", this.globex, Role.REQUESTER);
		strangers.put("requester (Basic)", basic(globexRequester));
		strangers.put("requester (session)", signIn(globexRequester));
		State before = state();

		strangers.forEach((who, stranger) -> probes().forEach((route, probe) -> {
			if (who.endsWith("(Basic)") && !route.contains(" /api/")) {
				return; // pages are for browsers: a session and its CSRF token
			}
			ApiClient.Response foreign = probe.apply(new Call(stranger, this.acmes));
			ApiClient.Response unknown = probe.apply(new Call(stranger, NOWHERE));
			String as = who + " " + route + ": " + foreign;
			assertThat(foreign.status()).as(as).isEqualTo(unknown.status());
			assertThat(outcome(foreign)).as(as).isEqualTo(outcome(unknown));
			assertThat(foreign.body()).as(as).doesNotContain("Activate container service", "Paul", "Acme");
			if (MATRIX.get(route) == Guard.ADMIN_ONLY) {
				assertThat(foreign.status()).as(as).isIn(403, 404);
			}
			else if (who.startsWith("customer admin") || !route.contains("/people/")) {
				assertThat(foreign.status()).as(as).isIn(302, 404);
			}
			if (foreign.status() == 302) {
				assertThat(followed(stranger, foreign).status()).as(as + " then").isIn(403, 404);
			}
		}));
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void customerUsersSeePublicRepliesButNeverInternalNotesCopiedOrNot() {
		String colleague = newPerson("Cora", this.acme, Role.REQUESTER);
		String bystander = newPerson("Bea", this.acme, Role.APPROVER, Role.REQUESTER);
		Map<String, Object> request = new LinkedHashMap<>(ticketRequest("Open a VPN link"));
		request.put("cc", List.of(colleague));
		ApiClient.Response filed = basic(this.rita).post("/api/v1/tickets", request);
		succeeds(filed);
		String ticket = filed.json().path("id").asText();
		succeeds(this.sre.post("/api/v1/tickets/" + ticket + "/replies", Map.of("body", "PublicAnswer42", "internal", false)));
		succeeds(this.sre.post("/api/v1/tickets/" + ticket + "/replies", Map.of("body", "InternalNote42", "internal", true)));

		JsonNode forStaff = ticket(this.sre, ticket);
		assertThat(forStaff.path("conversation").findValuesAsText("body")).contains("PublicAnswer42", "InternalNote42");
		assertThat(forStaff.path("timeline").findValuesAsText("kind")).contains("NOTE_ADDED");
		assertThat(forStaff.path("cc").toString()).contains(colleague);
		for (String customerUser : List.of(this.rita, colleague, bystander)) {
			JsonNode seen = ticket(basic(customerUser), ticket);
			assertThat(seen.path("conversation").findValuesAsText("body")).as(customerUser).containsExactly("PublicAnswer42");
			assertThat(seen.path("conversation").findValuesAsText("internal")).as(customerUser).containsOnly("false");
			assertThat(seen.path("timeline").findValuesAsText("kind")).as(customerUser).contains("REPLIED").doesNotContain("NOTE_ADDED");
			ApiClient.Response page = signIn(customerUser).get("/tickets/" + ticket);
			assertThat(page.status()).as(page.toString()).isEqualTo(200);
			assertThat(page.body()).as(customerUser).contains("PublicAnswer42").doesNotContain("InternalNote42");
		}
	}

	@Test
	void customerUsersAreRefusedByTheEngineAndItsWebappsAndSresByItsRestApi() {
		String requester = newPerson("Rex", this.acme, Role.REQUESTER);
		String approver = newPerson("Abe", this.acme, Role.APPROVER, Role.REQUESTER);
		String customerAdmin = newPerson("Cid", this.acme, Role.REQUESTER);
		this.memberships.makeCustomerAdmin(customerAdmin);

		// EngineAccessTest already turns a requester away from Cockpit and /engine-rest/engine
		for (String customerUser : List.of(requester, approver, customerAdmin)) {
			ApiClient session = signIn(customerUser);
			List<String> webapps = customerUser.equals(requester) ? List.of(WEBAPP_API) : List.of(COCKPIT, WEBAPP_API);
			for (String path : webapps) {
				ApiClient.Response refused = session.get(path);
				assertThat(refused.status()).as(customerUser + " " + refused).isIn(302, 403);
				if (refused.status() == 302) {
					assertThat(refused.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
				}
			}
			List<String> rest = customerUser.equals(requester) ? List.of(PROCESS_DEFINITIONS) : List.of("/engine-rest/engine", PROCESS_DEFINITIONS);
			for (String path : rest) {
				assertThat(basic(customerUser).get(path).status()).as(customerUser + " " + path).isEqualTo(403);
			}
		}
		assertThat(this.sre.get(PROCESS_DEFINITIONS).status()).isEqualTo(403);
		assertThat(signIn(newPerson("Sue", null, Role.SRE)).get(PROCESS_DEFINITIONS).status())
			.as("the REST API takes no session").isEqualTo(401);
	}

	/** Each cross-customer and admin route, called by someone with the given ids. */
	private Map<String, Function<Call, ApiClient.Response>> probes() {
		Map<String, Function<Call, ApiClient.Response>> probes = new LinkedHashMap<>();
		probes.put("GET /api/v1/tickets/{id}", c -> c.client().get("/api/v1/tickets/" + c.ids().ticket()));
		probes.put("GET /api/v1/tickets/{id}/live", c -> c.client().get("/api/v1/tickets/" + c.ids().ticket() + "/live"));
		probes.put("GET /api/v1/tickets/{id}/process", c -> c.client().get("/api/v1/tickets/" + c.ids().ticket() + "/process"));
		probes.put("GET /api/v1/tickets/{ticketId}/certificates/{component}/{environment}.pem",
				c -> c.client().get("/api/v1/tickets/" + c.ids().ticket() + "/certificates/tls-certificate/production.pem"));
		probes.put("POST /api/v1/tickets/{id}/replies", c -> c.client().post("/api/v1/tickets/" + c.ids().ticket() + "/replies", Map.of("body", "Hello?")));
		probes.put("POST /api/v1/tickets/{id}/reopen", c -> c.client().post("/api/v1/tickets/" + c.ids().ticket() + "/reopen", Map.of("reason", "Let me in")));
		String attachments = "/attachments";
		List<ApiClient.FilePart> file = List.of(ApiClient.FilePart.of("notes.txt", "Let me in".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		probes.put("GET /api/v1/tickets/{id}/attachments", c -> c.client().get("/api/v1/tickets/" + c.ids().ticket() + attachments));
		probes.put("POST /api/v1/tickets/{id}/attachments", c -> c.client().postMultipart("/api/v1/tickets/" + c.ids().ticket() + attachments, Map.of(), file));
		probes.put("GET /api/v1/tickets/{id}/attachments/{attachmentId}", c -> c.client().get("/api/v1/tickets/" + c.ids().ticket() + attachments + "/" + c.ids().person()));
		probes.put("GET /tickets/{id}/attachments/{attachmentId}", c -> c.page("/tickets/" + c.ids().ticket() + attachments + "/" + c.ids().person()));
		probes.put("POST /tickets/{id}/attachments", c -> c.client().postMultipart("/tickets/" + c.ids().ticket() + attachments, Map.of("body", "Hello?"), file));
		probes.put("POST /api/v1/tickets/{id}/cc", c -> c.client().post("/api/v1/tickets/" + c.ids().ticket() + "/cc", Map.of("email", "intruder@example.org")));
		probes.put("DELETE /api/v1/tickets/{id}/cc", c -> c.client().delete("/api/v1/tickets/" + c.ids().ticket() + "/cc?email=x%40example.org"));
		probes.put("POST /tickets/{id}/cc", c -> c.form("/tickets/" + c.ids().ticket() + "/cc", Map.of("email", "intruder@example.org")));
		probes.put("POST /tickets/{id}/cc/remove", c -> c.form("/tickets/" + c.ids().ticket() + "/cc/remove", Map.of("email", "x@example.org")));
		String provisioning = "/provisioning/";
		probes.put("GET /api/v1/tickets/{id}/provisioning", c -> c.client().get("/api/v1/tickets/" + c.ids().ticket() + "/provisioning"));
		probes.put("POST /api/v1/tickets/{id}/provisioning/{itemId}/retry", c -> c.client().post("/api/v1/tickets/" + c.ids().ticket() + provisioning + c.ids().person() + "/retry", null));
		probes.put("POST /api/v1/tickets/{id}/provisioning/{itemId}/checklist", c -> c.client().post("/api/v1/tickets/" + c.ids().ticket() + provisioning + c.ids().person() + "/checklist", null));
		probes.put("POST /api/v1/tickets/{id}/provisioning/cancel", c -> c.client().post("/api/v1/tickets/" + c.ids().ticket() + "/provisioning/cancel", null));
		probes.put("POST /tickets/{id}/provisioning/{itemId}/retry", c -> c.form("/tickets/" + c.ids().ticket() + provisioning + c.ids().person() + "/retry", Map.of()));
		probes.put("POST /tickets/{id}/provisioning/{itemId}/checklist", c -> c.form("/tickets/" + c.ids().ticket() + provisioning + c.ids().person() + "/checklist", Map.of()));
		probes.put("POST /tickets/{id}/provisioning/cancel", c -> c.form("/tickets/" + c.ids().ticket() + "/provisioning/cancel", Map.of()));
		probes.put("POST /api/v1/tasks/{taskId}/claim", c -> c.client().post("/api/v1/tasks/" + c.ids().task() + "/claim", null));
		probes.put("POST /api/v1/tasks/{taskId}/unclaim", c -> c.client().post("/api/v1/tasks/" + c.ids().task() + "/unclaim", null));
		probes.put("POST /api/v1/tasks/{taskId}/complete", c -> c.client().post("/api/v1/tasks/" + c.ids().task() + "/complete", Map.of("outcome", "ACCEPT")));
		probes.put("PUT /api/v1/organization/people/{userId}/approver", c -> c.client().put("/api/v1/organization/people/" + c.ids().person() + "/approver", Map.of("approver", true)));
		probes.put("GET /tickets/{id}", c -> c.page("/tickets/" + c.ids().ticket()));
		probes.put("POST /tickets/{id}/replies", c -> c.form("/tickets/" + c.ids().ticket() + "/replies", Map.of("body", "Hello?")));
		probes.put("POST /tickets/{id}/reopen", c -> c.form("/tickets/" + c.ids().ticket() + "/reopen", Map.of("reason", "Let me in")));
		String secret = "/secrets/sec-00000000-0000-0000-0000-000000000000/reveal";
		probes.put("POST /api/v1/tickets/{id}/secrets/{secretId}/reveal", c -> c.client().post("/api/v1/tickets/" + c.ids().ticket() + secret, null));
		probes.put("POST /tickets/{id}/secrets/{secretId}/reveal", c -> c.form("/tickets/" + c.ids().ticket() + secret, Map.of()));
		probes.put("POST /tasks/{taskId}/claim", c -> c.form("/tasks/" + c.ids().task() + "/claim", Map.of("ticket", c.ids().ticket())));
		probes.put("POST /tasks/{taskId}/unclaim", c -> c.form("/tasks/" + c.ids().task() + "/unclaim", Map.of("ticket", c.ids().ticket())));
		probes.put("POST /tasks/{taskId}/complete", c -> c.form("/tasks/" + c.ids().task() + "/complete", Map.of("outcome", "ACCEPT", "ticket", c.ids().ticket())));
		probes.put("POST /organization/people/{userId}/approver", c -> c.form("/organization/people/" + c.ids().person() + "/approver", Map.of("approver", "true")));
		probes.put("GET /api/v1/approvals/{ticketId}", c -> c.client().get("/api/v1/approvals/" + c.ids().ticket()));
		probes.put("POST /api/v1/approvals/{ticketId}/decisions", c -> c.client().post("/api/v1/approvals/" + c.ids().ticket() + "/decisions", Map.of("verdict", "APPROVE")));
		probes.put("DELETE /api/v1/approvals/substitutes/{substituteId}", c -> c.client().delete("/api/v1/approvals/substitutes/" + c.ids().substitution()));
		probes.put("POST /approvals/{ticketId}/decisions", c -> c.form("/approvals/" + c.ids().ticket() + "/decisions", Map.of("verdict", "APPROVE")));
		probes.put("POST /approvals/substitutes/{substituteId}/remove", c -> c.form("/approvals/substitutes/" + c.ids().substitution() + "/remove", Map.of()));
		String customers = "/api/v1/admin/customers/";
		probes.put("GET /api/v1/admin/customers/{id}", c -> c.client().get(customers + c.ids().customer()));
		probes.put("PUT /api/v1/admin/customers/{id}/contract", c -> c.client().put(customers + c.ids().customer() + "/contract",
				Map.of("domains", List.of("taken-over.example"), "plan", "ENTERPRISE", "urgentSlots", 99, "timeZone", "UTC")));
		probes.put("POST /api/v1/admin/customers/{id}/environments", c -> c.client().post(customers + c.ids().customer() + "/environments",
				Map.of("key", "intruder", "displayName", "Intruder", "kind", "ADDITIONAL")));
		probes.put("DELETE /api/v1/admin/customers/{id}/environments/{key}", c -> c.client().delete(customers + c.ids().customer() + "/environments/staging"));
		probes.put("GET /admin/customers/{id}", c -> c.page("/admin/customers/" + c.ids().customer()));
		probes.put("POST /admin/customers/{id}/contract", c -> c.form("/admin/customers/" + c.ids().customer() + "/contract",
				Map.of("name", "Taken over", "domains", "taken-over.example", "plan", "ENTERPRISE", "urgentSlots", "99", "quotaPeriod", "P1M", "timeZone", "UTC")));
		probes.put("POST /admin/customers/{id}/environments", c -> c.form("/admin/customers/" + c.ids().customer() + "/environments",
				Map.of("key", "intruder", "displayName", "Intruder", "kind", "ADDITIONAL")));
		probes.put("POST /admin/customers/{id}/environments/{key}/remove", c -> c.form("/admin/customers/" + c.ids().customer() + "/environments/staging/remove", Map.of()));
		probes.put("GET /api/v1/admin/customers/{id}/statements/{month}", c -> c.client().get(customers + c.ids().customer() + "/statements/2026-11"));
		probes.put("GET /api/v1/admin/customers/{id}/ledger", c -> c.client().get(customers + c.ids().customer() + "/ledger"));
		probes.put("GET /admin/customers/{id}/statement", c -> c.page("/admin/customers/" + c.ids().customer() + "/statement?month=2026-11"));
		probes.put("GET /admin/customers/{id}/statement.csv", c -> c.page("/admin/customers/" + c.ids().customer() + "/statement.csv?month=2026-11"));
		probes.put("GET /api/v1/admin/customers/{id}/inventory", c -> c.client().get(customers + c.ids().customer() + "/inventory"));
		probes.put("GET /admin/customers/{id}/inventory", c -> c.page("/admin/customers/" + c.ids().customer() + "/inventory"));
		// The catalog is global, not per customer: there is no foreign key, only the admin guard to probe.
		String catalog = "/api/v1/admin/catalog/" + CATALOG_KEY;
		Map<String, Object> price = Map.of("environmentKind", "PRODUCTION", "monthlyMru", 0, "effectiveFrom", "2099-01-01");
		probes.put("PUT /api/v1/admin/catalog/{key}", c -> c.client().put(catalog,
				Map.of("nameEn", "Taken over", "nameEs", "Tomado", "descriptionEn", "x", "descriptionEs", "x", "active", false)));
		probes.put("GET /api/v1/admin/catalog/{key}/prices", c -> c.client().get(catalog + "/prices"));
		probes.put("POST /api/v1/admin/catalog/{key}/prices", c -> c.client().post(catalog + "/prices", price));
		probes.put("GET /admin/catalog/{key}", c -> c.page("/admin/catalog/" + CATALOG_KEY));
		probes.put("POST /admin/catalog/{key}/description", c -> c.form("/admin/catalog/" + CATALOG_KEY + "/description",
				Map.of("nameEn", "Taken over", "nameEs", "Tomado", "descriptionEn", "x", "descriptionEs", "x")));
		probes.put("POST /admin/catalog/{key}/prices", c -> c.form("/admin/catalog/" + CATALOG_KEY + "/prices",
				Map.of("environmentKind", "PRODUCTION", "monthlyMru", "0", "effectiveFrom", "2099-01-01")));
		probes.put("POST /api/v1/tickets/{id}/downgrade", c -> c.client().post("/api/v1/tickets/" + c.ids().ticket() + "/downgrade", Map.of("reason", "Not urgent")));
		probes.put("POST /tickets/{id}/downgrade", c -> c.form("/tickets/" + c.ids().ticket() + "/downgrade", Map.of("reason", "Not urgent")));
		probes.put("GET /api/v1/admin/customers/{id}/quota", c -> c.client().get(customers + c.ids().customer() + "/quota"));
		probes.put("GET /admin/customers/{id}/quota", c -> c.page("/admin/customers/" + c.ids().customer() + "/quota"));
		probes.put("GET /api/v1/admin/customers/{id}/holidays", c -> c.client().get(customers + c.ids().customer() + "/holidays"));
		probes.put("PUT /api/v1/admin/customers/{id}/holidays", c -> c.client().put(customers + c.ids().customer() + "/holidays",
				Map.of("holidays", List.of("2026-12-25"))));
		probes.put("GET /admin/customers/{id}/holidays", c -> c.page("/admin/customers/" + c.ids().customer() + "/holidays"));
		probes.put("POST /admin/customers/{id}/holidays", c -> c.form("/admin/customers/" + c.ids().customer() + "/holidays",
				Map.of("holidays", "2026-12-25")));
		probes.put("GET /api/v1/admin/customers/{id}/sla-report", c -> c.client().get(customers + c.ids().customer() + "/sla-report?month=2026-11"));
		probes.put("GET /admin/customers/{id}/sla", c -> c.page("/admin/customers/" + c.ids().customer() + "/sla?month=2026-11"));
		probes.put("GET /admin/customers/{id}/sla.csv", c -> c.page("/admin/customers/" + c.ids().customer() + "/sla.csv?month=2026-11"));
		probes.put("POST /api/v1/tickets/{id}/escalations", c -> c.client().post("/api/v1/tickets/" + c.ids().ticket() + "/escalations", Map.of("note", "Escalate it")));
		probes.put("POST /api/v1/escalations/{taskId}/take", c -> c.client().post("/api/v1/escalations/" + c.ids().task() + "/take", null));
		probes.put("POST /tickets/{id}/escalations", c -> c.form("/tickets/" + c.ids().ticket() + "/escalations", Map.of("note", "Escalate it")));
		probes.put("POST /escalations/{taskId}/take", c -> c.form("/escalations/" + c.ids().task() + "/take", Map.of()));
		probes.put("POST /api/v1/admin/oncall/shifts/{id}/swap", c -> c.client().post("/api/v1/admin/oncall/shifts/" + c.ids().customer() + "/swap", null));
		probes.put("POST /admin/oncall/shifts/{id}/swap", c -> c.form("/admin/oncall/shifts/" + c.ids().customer() + "/swap", Map.of()));
		probes.put("DELETE /api/v1/tokens/{id}", c -> c.client().delete("/api/v1/tokens/" + c.ids().apiToken()));
		probes.put("POST /tokens/{id}/revoke", c -> c.form("/tokens/" + c.ids().apiToken() + "/revoke", Map.of()));
		probes.put("GET /api/v1/admin/customers/{customerId}/tokens", c -> c.client().get(customers + c.ids().customer() + "/tokens"));
		probes.put("DELETE /api/v1/admin/customers/{customerId}/tokens/{id}", c -> c.client().delete(customers + c.ids().customer() + "/tokens/" + c.ids().apiToken()));
		probes.put("GET /admin/customers/{customerId}/tokens", c -> c.page("/admin/customers/" + c.ids().customer() + "/tokens"));
		probes.put("POST /admin/customers/{customerId}/tokens/{id}/revoke", c -> c.form("/admin/customers/" + c.ids().customer() + "/tokens/" + c.ids().apiToken() + "/revoke", Map.of()));
		String integrations = "/api/v1/customers/";
		probes.put("GET /api/v1/customers/{customerId}/alert-integrations", c -> c.client().get(integrations + c.ids().customer() + "/alert-integrations"));
		probes.put("POST /api/v1/customers/{customerId}/alert-integrations",
				c -> c.client().post(integrations + c.ids().customer() + "/alert-integrations", Map.of("name", "mine now")));
		probes.put("DELETE /api/v1/customers/{customerId}/alert-integrations/{id}",
				c -> c.client().delete(integrations + c.ids().customer() + "/alert-integrations/" + c.ids().alertIntegration()));
		probes.put("GET /api/v1/incidents/{id}", c -> c.client().get("/api/v1/incidents/" + c.ids().incident()));
		probes.put("POST /api/v1/incidents/{id}/severity",
				c -> c.client().post("/api/v1/incidents/" + c.ids().incident() + "/severity", Map.of("severity", "SEV4", "reason", "mine")));
		probes.put("POST /api/v1/incidents/{id}/acknowledge", c -> c.client().post("/api/v1/incidents/" + c.ids().incident() + "/acknowledge", null));
		probes.put("POST /api/v1/incidents/{id}/updates",
				c -> c.client().post("/api/v1/incidents/" + c.ids().incident() + "/updates", Map.of("text", "hello")));
		probes.put("GET /incidents/{id}", c -> c.page("/incidents/" + c.ids().incident()));
		probes.put("POST /incidents/{id}/acknowledge", c -> c.form("/incidents/" + c.ids().incident() + "/acknowledge", Map.of()));
		probes.put("POST /incidents/{id}/updates",
				c -> c.form("/incidents/" + c.ids().incident() + "/updates", Map.of("status", "RESOLVED", "text", "mine now")));
		probes.put("POST /incidents/{id}/severity",
				c -> c.form("/incidents/" + c.ids().incident() + "/severity", Map.of("severity", "SEV4", "reason", "mine")));
		return probes;
	}

	private ApiClient.Response followed(ApiClient browser, ApiClient.Response redirect) {
		return browser.get(redirect.header("Location").orElseThrow().replace("http://localhost:" + this.port, ""));
	}

	/** Status, and the problem's code (API) or where a page sends the browser, with the ids blanked. */
	private String outcome(ApiClient.Response response) {
		String where = response.header("Location").orElse("").replace("http://localhost:" + this.port, "");
		for (Ids ids : List.of(this.acmes, NOWHERE)) {
			where = where.replace(ids.ticket(), "{id}");
		}
		String code = response.header("Content-Type").orElse("").contains("json") ? response.code() : null;
		return response.status() + " " + code + " " + where;
	}

	/** What a refused request must leave as it was: the ticket, the task, the person, the customer. */
	private State state() {
		return new State(snapshot(this.sre, this.acmes.ticket()), this.memberships.member(this.acmes.person()).orElseThrow().roles(),
				this.admin.get("/api/v1/admin/customers/" + this.acme).json(),
				this.admin.get("/api/v1/admin/catalog/" + CATALOG_KEY + "/prices").json(), this.admin.get("/api/v1/catalog/" + CATALOG_KEY).json(),
				this.admin.get("/api/v1/admin/customers/" + this.acme + "/tokens").json());
	}

	private Set<String> routesWithPathVariables() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.contains("{")) {
					(methods.isEmpty() ? Set.of("*") : methods.stream().map(Enum::name).toList())
						.forEach(method -> routes.add(method + " " + pattern));
				}
			}
		}
		return routes;
	}

	record Ids(String ticket, String task, Long person, Long customer, Long substitution, Long apiToken, Long alertIntegration,
			Long incident) {
	}

	record State(Snapshot ticket, Set<Role> personsRoles, JsonNode customer, JsonNode catalogPrices, JsonNode catalogComponent,
			JsonNode apiTokens) {
	}

	/** One stranger's request with a set of ids; pages are followed through their redirect. */
	record Call(ApiClient client, Ids ids) {

		ApiClient.Response page(String path) {
			return this.client.get(path);
		}

		ApiClient.Response form(String path, Map<String, String> fields) {
			return this.client.postForm(path, fields);
		}

	}

}

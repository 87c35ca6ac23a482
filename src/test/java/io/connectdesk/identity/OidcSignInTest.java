package io.connectdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.JOSEObjectType;

import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * The oidc profile against a real (in-process) OpenID Connect provider: bearer JWTs on the API,
 * claims mapped to our callers and accounts, strangers refused, and the pages' sign-in through the
 * provider's redirects, into the portal and the Camunda webapps.
 */
@ActiveProfiles("oidc")
class OidcSignInTest extends ApiTestSupport {

	private static final String ISSUER = "default";

	private static final String CLIENT_ID = "connectdesk";

	private static final String STAFF_DOMAIN = "staff.example.test";

	private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

	static {
		PROVIDER.start();
	}

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("CONNECTDESK_OIDC_ISSUER", () -> PROVIDER.issuerUrl(ISSUER).toString());
		registry.add("CONNECTDESK_OIDC_CLIENT_ID", () -> CLIENT_ID);
		registry.add("CONNECTDESK_OIDC_CLIENT_SECRET", () -> "secret");
		registry.add("connectdesk.oidc.organization-claim", () -> "organization");
		registry.add("connectdesk.oidc.staff-domains", () -> STAFF_DOMAIN);
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.shutdown();
	}

	@Autowired
	private Customers customers;

	@Autowired
	private Accounts accounts;

	@Test
	void aCustomersPersonFilesWithABearerTokenAndIsProvisionedOnTheWay() {
		Long acme = newCustomer("Acme");
		String email = emailIn(acme, "rita");
		ApiClient rita = bearer(email, "Rita Requester", Map.of());

		ApiClient.Response filed = rita.post("/api/v1/tickets", ticketRequest("VPN to the plant"));

		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		var ticket = ticket(rita, filed.json().path("id").asText());
		assertThat(ticket.path("requesterEmail").asText()).isEqualTo(email);
		assertThat(ticket.path("requester").asText()).isEqualTo("Rita Requester");
		assertThat(this.accounts.findByEmail(email)).hasValueSatisfying(caller -> {
			assertThat(caller.customerId()).isEqualTo(acme);
			assertThat(caller.roles()).containsExactly(Role.REQUESTER);
		});

		String others = fileTicket(basic(newPerson("Olga", newCustomer("Globex"), Role.REQUESTER)), "Globex secret");
		ApiClient.Response peek = rita.get("/api/v1/tickets/" + others);
		assertThat(peek.status()).as(peek.toString()).isEqualTo(404);
	}

	@Test
	void rolesComeFromKeycloaksRealmRolesAndStayInSync() {
		String email = "sam-" + unique() + "@" + STAFF_DOMAIN;
		ApiClient sre = bearer(email, "Sam", Map.of("realm_access", Map.of("roles", List.of("offline_access", "SRE"))));

		ApiClient.Response queue = sre.get("/api/v1/queue");

		assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
		assertThat(this.accounts.findByEmail(email)).hasValueSatisfying(caller -> {
			assertThat(caller.isStaff()).isTrue();
			assertThat(caller.roles()).containsExactly(Role.SRE);
		});

		ApiClient demoted = bearer(email, "Sam", Map.of("realm_access", Map.of("roles", List.of("EXPERT"))));
		assertThat(demoted.get("/api/v1/queue").status()).isEqualTo(200);
		assertThat(this.accounts.findByEmail(email).orElseThrow().roles()).containsExactly(Role.EXPERT);
	}

	@Test
	void aCustomerUserCannotClaimStaffRoles() {
		Long acme = newCustomer("Acme");
		String email = emailIn(acme, "mallory");
		ApiClient mallory = bearer(email, "Mallory", Map.of("realm_access", Map.of("roles", List.of("ADMIN", "APPROVER"))));

		assertThat(mallory.get("/api/v1/tickets").status()).isEqualTo(200);
		Caller caller = this.accounts.findByEmail(email).orElseThrow();
		assertThat(caller.roles()).containsExactly(Role.APPROVER);
		assertThat(caller.isStaff()).isFalse();
	}

	@Test
	void theOrganizationClaimNamesTheCustomer() {
		Long acme = newCustomer("Acme");
		String name = this.customers.nameOf(acme);
		String email = "ola-" + unique() + "@gmail-like.example.test";
		ApiClient ola = bearer(email, "Ola", Map.of("organization", name));

		String ticket = fileTicket(ola, "Through the organization claim");

		assertThat(ticket(ola, ticket).path("customer").asText()).isEqualTo(name);
		assertThat(this.accounts.findByEmail(email).orElseThrow().customerId()).isEqualTo(acme);
	}

	@Test
	void aStrangersTokenIsRefusedAndNothingIsStored() {
		String email = "eve-" + unique() + "@nowhere.example.test";
		ApiClient eve = bearer(email, "Eve", Map.of());

		ApiClient.Response refused = eve.get("/api/v1/tickets");

		assertThat(refused.status()).as(refused.toString()).isIn(401, 403);
		assertThat(refused.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void anAccountLinkedToOneSubjectRefusesAnotherWithTheSameEmail() {
		Long acme = newCustomer("Acme");
		String email = emailIn(acme, "rita");
		assertThat(bearer(email, "Rita", Map.of()).get("/api/v1/tickets").status()).isEqualTo(200);

		String impostor = PROVIDER.issueToken(ISSUER, CLIENT_ID, new DefaultOAuth2TokenCallback(ISSUER, "someone-else",
				JOSEObjectType.JWT.getType(), List.of(CLIENT_ID), Map.of("email", email), 3600)).serialize();

		assertThat(ApiClient.bearer(this.port, impostor).get("/api/v1/tickets").status()).isEqualTo(401);
	}

	@Test
	void aWorkersClientCredentialsTokenReachesTheEngineRestApiOnly() {
		String token = PROVIDER.issueToken(ISSUER, "provisioning-worker", new DefaultOAuth2TokenCallback(ISSUER,
				"provisioning-worker", JOSEObjectType.JWT.getType(), List.of(CLIENT_ID),
				Map.of("realm_access", Map.of("roles", List.of("WORKER"))), 3600)).serialize();

		// Its external tasks only (EngineRestLeastPrivilegeTest): fetch-and-lock, not even the engine list
		ApiClient.Response fetched = ApiClient.bearer(this.port, token).post("/engine-rest/external-task/fetchAndLock",
				Map.of("workerId", "provisioning-worker", "maxTasks", 1, "topics",
						List.of(Map.of("topicName", "provisioning-git-repository", "lockDuration", 1000))));
		assertThat(fetched.status()).as(fetched.toString()).isEqualTo(200);
		assertThat(ApiClient.bearer(this.port, token).get("/engine-rest/engine").status()).isEqualTo(403);
		assertThat(ApiClient.bearer(this.port, token).get("/api/v1/tickets").status()).isEqualTo(401);

		String sreToken = PROVIDER.issueToken(ISSUER, CLIENT_ID, callback("sre-" + unique() + "@" + STAFF_DOMAIN, "Sam",
				Map.of("realm_access", Map.of("roles", List.of("SRE"))))).serialize();
		assertThat(ApiClient.bearer(this.port, sreToken).get("/engine-rest/engine").status()).isEqualTo(403);
	}

	@Test
	void pagesSignInThroughTheProvider() throws Exception {
		Long acme = newCustomer("Acme");
		String email = emailIn(acme, "paula");
		Browser browser = new Browser();
		assertThat(browser.get("/login").body()).contains("/oauth2/authorization/connectdesk");

		PROVIDER.enqueueCallback(callback(email, "Paula Pages", Map.of()));
		HttpResponse<String> landed = browser.get("/oauth2/authorization/connectdesk");

		assertThat(landed.statusCode()).as(landed.uri() + " " + landed.body()).isEqualTo(200);
		assertThat(landed.uri().getPath()).isEqualTo("/tickets");
		HttpResponse<String> tickets = browser.get("/tickets");
		assertThat(tickets.statusCode()).isEqualTo(200);
		assertThat(tickets.body()).contains("Paula Pages");
		assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
	}

	@Test
	void aStrangerSigningInToThePagesLandsOnTheLoginPageWithAnError() throws Exception {
		String email = "eve-" + unique() + "@nowhere.example.test";
		Browser browser = new Browser();

		PROVIDER.enqueueCallback(callback(email, "Eve", Map.of()));
		HttpResponse<String> landed = browser.get("/oauth2/authorization/connectdesk");

		assertThat(landed.uri().getPath()).isEqualTo("/login");
		assertThat(landed.uri().getQuery()).contains("sso-error");
		assertThat(landed.body()).contains("Single sign-on refused");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
		assertThat(browser.get("/tickets").uri().getPath()).isEqualTo("/login");
	}

	@Test
	void anSresProviderSessionOpensCockpitButNotTheAdminWebapp() throws Exception {
		String email = "sara-" + unique() + "@" + STAFF_DOMAIN;
		Browser browser = new Browser();

		PROVIDER.enqueueCallback(callback(email, "Sara", Map.of("realm_access", Map.of("roles", List.of("SRE")))));
		assertThat(browser.get("/oauth2/authorization/connectdesk").uri().getPath()).as("an SRE lands on the queue").isEqualTo("/queue");

		HttpResponse<String> cockpit = browser.get("/camunda/app/cockpit/default/");
		assertThat(cockpit.statusCode()).as(cockpit.body()).isEqualTo(200);
		HttpResponse<String> webappLogin = browser.get("/camunda/api/admin/auth/user/default", "application/json");
		assertThat(webappLogin.statusCode()).isEqualTo(200);
		assertThat(webappLogin.body()).contains(email, "cockpit", "tasklist").doesNotContain("\"admin\"");
		assertThat(browser.get("/camunda/app/admin/default/").statusCode()).isIn(401, 403);
	}

	private String emailIn(Long customer, String name) {
		return name + "-" + unique() + "@" + this.customers.domainsOf(customer).get(0);
	}

	private ApiClient bearer(String email, String name, Map<String, Object> claims) {
		return ApiClient.bearer(this.port, PROVIDER.issueToken(ISSUER, CLIENT_ID, callback(email, name, claims)).serialize());
	}

	private static DefaultOAuth2TokenCallback callback(String email, String name, Map<String, Object> claims) {
		Map<String, Object> all = new java.util.HashMap<>(claims);
		all.put("email", email);
		all.put("name", name);
		return new DefaultOAuth2TokenCallback(ISSUER, email.toLowerCase(Locale.ROOT), JOSEObjectType.JWT.getType(),
				List.of(CLIENT_ID), all, 3600);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A browser: follows every redirect, between the application and the provider, and keeps cookies. */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return get(path, "text/html");
		}

		HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + OidcSignInTest.this.port + path))
				.header("Accept", accept)
				.build(), BodyHandlers.ofString());
		}

	}

}

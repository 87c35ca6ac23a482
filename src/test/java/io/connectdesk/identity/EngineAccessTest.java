package io.connectdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/**
 * Who reaches the process engine (Camunda's REST API and webapps) and our API, and how: the REST
 * API is for admins (and the provisioning workers' external tasks), the webapps for admins and SREs
 * (not the Admin webapp), anonymous callers are turned away, and sessions need the CSRF token.
 */
class EngineAccessTest extends ApiTestSupport {

	private static final String ENGINE = "/engine-rest/engine";

	private static final String COCKPIT = "/camunda/app/cockpit/default/";

	@Test
	void anonymousCallersAreTurnedAwayFromTheEngine() {
		ApiClient anonymous = ApiClient.anonymous(this.port);

		assertThat(anonymous.get(ENGINE).status()).isEqualTo(401);
		ApiClient.Response cockpit = anonymous.get(COCKPIT);
		assertThat(cockpit.status()).as(cockpit.toString()).isIn(302, 401);
		if (cockpit.status() == 302) {
			assertThat(cockpit.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		}
	}

	@Test
	void onlyAdminsAndWorkersReachTheEngineRestApi() {
		Long acme = newCustomer("Acme");

		assertThat(basic(newPerson("Rita", acme, Role.REQUESTER)).get(ENGINE).status()).isEqualTo(403);
		assertThat(basic(newPerson("Sam", null, Role.SRE)).get(ENGINE).status()).isEqualTo(403);
		ApiClient.Response admin = basic(newPerson("Ada", null, Role.ADMIN)).get(ENGINE);
		assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
		assertThat(admin.json().findValuesAsText("name")).contains("default");
		// A worker reaches its external tasks only (EngineRestLeastPrivilegeTest), not even the engine list
		ApiClient.Response worker = basic(newPerson("Provisioner", null, Role.WORKER)).get(ENGINE);
		assertThat(worker.status()).as(worker.toString()).isEqualTo(403);
	}

	@Test
	void workersStayOutOfTheWebapps() {
		ApiClient worker = signIn(newPerson("Provisioner", null, Role.WORKER));

		assertThat(worker.get(COCKPIT).status()).isEqualTo(403);
	}

	@Test
	void sresOpenCockpitAndTasklistButNotTheAdminWebapp() {
		String sreEmail = newPerson("Sam", null, Role.SRE);
		ApiClient sre = signIn(sreEmail);

		ApiClient.Response cockpit = sre.get(COCKPIT);
		assertThat(cockpit.status()).as(cockpit.toString()).isEqualTo(200);
		ApiClient.Response webappLogin = sre.get("/camunda/api/admin/auth/user/default");
		assertThat(webappLogin.status()).as(webappLogin.toString()).isEqualTo(200);
		assertThat(webappLogin.json().path("userId").asText()).isEqualTo(sreEmail);
		assertThat(webappLogin.json().path("authorizedApps").toString()).contains("cockpit", "tasklist").doesNotContain("admin");
		ApiClient.Response adminApp = sre.get("/camunda/app/admin/default/");
		assertThat(adminApp.status()).as(adminApp.toString()).isIn(401, 403);
	}

	@Test
	void cockpitOpensForAnAdminsSession() {
		String adminEmail = newPerson("Ada", null, Role.ADMIN);
		ApiClient admin = signIn(adminEmail);
		ApiClient requester = signIn(newPerson("Rita", newCustomer("Acme"), Role.REQUESTER));

		ApiClient.Response forAdmin = admin.get(COCKPIT);
		assertThat(forAdmin.status()).as(forAdmin.toString()).isEqualTo(200);
		assertThat(forAdmin.body()).containsIgnoringCase("cockpit");
		ApiClient.Response webappLogin = admin.get("/camunda/api/admin/auth/user/default");
		assertThat(webappLogin.status()).as(webappLogin.toString()).isEqualTo(200);
		assertThat(webappLogin.json().path("userId").asText()).isEqualTo(adminEmail);
		assertThat(webappLogin.json().path("authorizedApps").toString()).contains("cockpit", "tasklist", "admin");
		assertThat(requester.get(COCKPIT).status()).isEqualTo(403);
	}

	@Test
	void anonymousApiCallIsAnUnauthenticatedProblem() {
		ApiClient.Response refused = ApiClient.anonymous(this.port).get("/api/v1/tickets");

		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.code()).isEqualTo("unauthenticated");
	}

	@Test
	void wrongPasswordIsUnauthenticatedEverywhere() {
		String admin = newPerson("Ada", null, Role.ADMIN);
		ApiClient impostor = ApiClient.basic(this.port, admin, "not-" + PASSWORD);

		ApiClient.Response api = impostor.get("/api/v1/tickets");
		assertThat(api.status()).isEqualTo(401);
		assertThat(api.code()).isEqualTo("unauthenticated");
		assertThat(impostor.get(ENGINE).status()).isEqualTo(401);
	}

	@Test
	void sessionPostWithoutTheCsrfHeaderIsForbiddenAndFilesNothing() {
		ApiClient requester = signIn(newPerson("Rita", newCustomer("Acme"), Role.REQUESTER));
		Map<String, Object> ticket = Map.of("type", "QUESTION", "title", "Is there a status page?", "description", "Where?");

		ApiClient.Response forged = requester.postWithoutCsrf("/api/v1/tickets", ticket, Map.of());
		ApiClient.Response junkBearer = requester.postWithoutCsrf("/api/v1/tickets", ticket,
				Map.of("Authorization", "Bearer not-a-token"));
		ApiClient.Response genuine = requester.post("/api/v1/tickets", ticket);

		assertThat(forged.status()).as(forged.toString()).isEqualTo(403);
		assertThat(forged.code()).isEqualTo("forbidden");
		assertThat(junkBearer.status()).as("a junk Authorization header does not excuse a session from CSRF")
			.isEqualTo(403);
		assertThat(genuine.status()).as(genuine.toString()).isEqualTo(201);
		assertThat(ticketsFiledBy(requester)).isOne();
	}

}

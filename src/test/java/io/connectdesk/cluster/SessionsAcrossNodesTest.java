package io.connectdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.journey.ApiClient;

/**
 * Two nodes on one PostgreSQL, no sticky sessions: a person signs in on node A and every later
 * request may land on node B. Pages, the API with its CSRF token, a flash message and the Cockpit
 * sign-on all come from the session in the database.
 */
class SessionsAcrossNodesTest {

	private static final String PASSWORD = "correct-horse-battery";

	private static ClusterNodes cluster;

	private static int nodeA;

	private static int nodeB;

	@BeforeAll
	static void twoNodes() {
		cluster = ClusterNodes.onEmptyDatabase();
		nodeA = ClusterNodes.port(cluster.start(Map.of()));
		nodeB = ClusterNodes.port(cluster.start(Map.of()));
	}

	@AfterAll
	static void stop() throws Exception {
		cluster.close();
	}

	@Test
	void aSignInOnOneNodeHoldsOnTheOther() {
		String email = person("Ada", Role.ADMIN);
		ApiClient onA = ApiClient.signIn(nodeA, email, PASSWORD);
		ApiClient onB = onA.on(nodeB);

		ApiClient.Response page = onB.get("/tickets");
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.body()).contains("Ada");
		ApiClient.Response api = onB.get("/api/v1/tickets?size=1");
		assertThat(api.status()).as(api.toString()).isEqualTo(200);

		assertThat(cluster.count("select count(*) from spring_session where principal_name = ?", email)).isEqualTo(1);
	}

	@Test
	void theApiTakesChangesOnEitherNode() {
		String email = person("Abe", Role.ADMIN);
		ApiClient onA = ApiClient.signIn(nodeA, email, PASSWORD);
		ApiClient onB = onA.on(nodeB);
		String domain = "n" + unique() + ".example.test";

		ApiClient.Response created = onB.post("/api/v1/admin/customers",
				Map.of("name", "Node B Corp " + unique(), "contract", Map.of("domains", List.of(domain), "plan", "STANDARD",
						"urgentSlots", 0, "quotaPeriod", "P1M", "timeZone", "UTC")));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(onA.get(created.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).status()).isEqualTo(200);
	}

	@Test
	void aFlashMessageSetOnOneNodeShowsOnTheOther() {
		ApiClient onA = ApiClient.signIn(nodeA, person("Ava", Role.ADMIN), PASSWORD);
		ApiClient onB = onA.on(nodeB);
		String name = "Flash Corp " + unique();

		ApiClient.Response saved = onA.postForm("/admin/customers", Map.of("name", name, "domains",
				"f" + unique() + ".example.test", "plan", "STANDARD", "urgentSlots", "0", "quotaPeriod", "P1M", "timeZone", "UTC"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(302);

		ApiClient.Response landed = onB.get(saved.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
		assertThat(landed.status()).as(landed.toString()).isEqualTo(200);
		assertThat(landed.body()).contains("Customer " + name + " created");
	}

	@Test
	void theCockpitSignOnAndItsCsrfTokenHoldOnTheOtherNode() {
		String email = person("Sam", Role.SRE);
		ApiClient onA = ApiClient.signIn(nodeA, email, PASSWORD);
		ApiClient onB = onA.on(nodeB);
		ApiClient.Response cockpit = onA.get("/camunda/app/cockpit/default/");
		assertThat(cockpit.status()).as(cockpit.toString()).isEqualTo(200);
		ApiClient.Response fetched = onA.get("/camunda/api/admin/auth/user/default", Map.of("X-XSRF-TOKEN", "Fetch"));
		assertThat(fetched.status()).as(fetched.toString()).isEqualTo(200);
		String token = fetched.header("X-XSRF-TOKEN").or(() -> onA.cookie("XSRF-TOKEN")).orElseThrow();

		ApiClient.Response user = onB.get("/camunda/api/admin/auth/user/default");
		assertThat(user.status()).as(user.toString()).isEqualTo(200);
		assertThat(user.json().path("userId").asText()).isEqualTo(email);
		assertThat(user.json().path("authorizedApps").toString()).contains("cockpit");

		ApiClient.Response count = onB.postWithoutCsrf("/camunda/api/engine/engine/default/process-instance/count", Map.of(),
				Map.of("X-XSRF-TOKEN", token));
		assertThat(count.status()).as(count.toString()).isEqualTo(200);
		ApiClient.Response forged = onB.postWithoutCsrf("/camunda/api/engine/engine/default/process-instance/count", Map.of(),
				Map.of("X-XSRF-TOKEN", "forged"));
		assertThat(forged.status()).as("Camunda's CSRF check still refuses a wrong token").isEqualTo(403);
	}

	private static String person(String name, Role role) {
		ConfigurableApplicationContext node = cluster.nodes().get(0);
		String email = name.toLowerCase(Locale.ROOT) + "-" + unique() + "@connectdesk.example.test";
		node.getBean(Accounts.class).ensure(new Accounts.NewAccount(email, name, PASSWORD, null, Set.of(role), Locale.ENGLISH));
		return email;
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}

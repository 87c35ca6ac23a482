package io.connectdesk.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.ConnectDeskApplication;
import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiTestSupport;
import io.connectdesk.journey.RawHttp;

/**
 * Low limits on one named database, each test from its own loopback address (127.0.0.x): 429
 * problem+json with Retry-After on the API, on Git over HTTP and on the sign-in form; failed sign-ins
 * lock an account only for the address they came from; a second node on the same database sees the
 * first node's counts.
 */
class RateLimitTests extends ApiTestSupport {

	private static final String DATABASE = "jdbc:h2:mem:rate-limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private static final List<String> LIMITS = List.of("connectdesk.rate-limits.api.per-account=4",
			"connectdesk.rate-limits.api.per-address=6", "connectdesk.rate-limits.git.per-account=3",
			"connectdesk.rate-limits.git.per-address=100", "connectdesk.rate-limits.sign-in.per-account=100",
			"connectdesk.rate-limits.sign-in.per-address=3", "connectdesk.sign-in.max-failed-attempts=3",
			"connectdesk.sign-in.max-failed-attempts-per-address=6");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String CSRF_COOKIE = "CD-XSRF-TOKEN";

	@DynamicPropertySource
	static void lowLimits(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> DATABASE);
		LIMITS.forEach(limit -> properties.add(limit.split("=")[0], () -> limit.split("=")[1]));
	}

	@Test
	void anAccountOverItsApiLimitGets429WithRetryAfterWhileOthersGoOn() {
		Long customer = newCustomer("Limits Corp");
		String busy = newPerson("Busy", customer, Role.REQUESTER);
		for (int call = 0; call < 4; call++) {
			assertThat(tickets("127.0.0.2", busy, PASSWORD).status()).isEqualTo(200);
		}

		assertRateLimited(tickets("127.0.0.2", busy, PASSWORD));
		assertThat(tickets("127.0.0.2", newPerson("Calm", customer, Role.REQUESTER), PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void anAddressOverItsApiLimitGets429WhateverTheAccount() {
		Long customer = newCustomer("Office Corp");
		String first = newPerson("First", customer, Role.REQUESTER);
		String second = newPerson("Second", customer, Role.REQUESTER);
		for (int call = 0; call < 3; call++) {
			assertThat(tickets("127.0.0.3", first, PASSWORD).status()).isEqualTo(200);
			assertThat(tickets("127.0.0.3", second, PASSWORD).status()).isEqualTo(200);
		}

		assertRateLimited(tickets("127.0.0.3", newPerson("Third", customer, Role.REQUESTER), PASSWORD));
		assertThat(tickets("127.0.0.4", first, PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void gitOverHttpIsLimitedPerAccount() throws Exception {
		String developer = newPerson("Dev", newCustomer("Git Corp"), Role.REQUESTER);
		String token = JSON.readTree(basic(developer).post("/api/v1/git/token", null).body()).path("token").asText();
		for (int call = 0; call < 3; call++) {
			assertThat(git("127.0.0.5", developer, token).status()).isNotIn(401, 429);
		}

		assertRateLimited(git("127.0.0.5", developer, token));
	}

	@Test
	void signInAttemptsAreLimitedPerAddress() {
		String person = newPerson("Sia", newCustomer("Sign Corp"), Role.REQUESTER);
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThat(signIn("127.0.0.6", person, "wrong").status()).isEqualTo(302);
		}

		assertRateLimited(signIn("127.0.0.6", person, PASSWORD));
		assertThat(signIn("127.0.0.7", person, PASSWORD).header("location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/tickets"));
	}

	@Test
	void aStrangerFromAnotherAddressCannotLockAPersonOut() {
		Long customer = newCustomer("Victim Corp");
		String victim = newPerson("Vic", customer, Role.REQUESTER);
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(tickets("127.0.0.8", victim, "guess-" + attempt).status()).isEqualTo(401);
		}

		assertThat(tickets("127.0.0.8", victim, PASSWORD).status()).as("locked for the stranger's address").isEqualTo(401);
		assertThat(tickets("127.0.0.9", victim, PASSWORD).status()).as("not for the victim's").isEqualTo(200);
	}

	@Test
	void tooManyFailuresFromOneAddressRefuseEverySignInFromIt() {
		Long customer = newCustomer("Spray Corp");
		for (int person = 0; person < 3; person++) {
			String sprayed = newPerson("Spray" + person, customer, Role.REQUESTER);
			assertThat(tickets("127.0.0.10", sprayed, "one").status()).isEqualTo(401);
			assertThat(tickets("127.0.0.10", sprayed, "two").status()).isEqualTo(401);
		}
		String bystander = newPerson("Bystander", customer, Role.REQUESTER);

		assertThat(tickets("127.0.0.10", bystander, PASSWORD).status()).isEqualTo(401);
		assertThat(tickets("127.0.0.11", bystander, PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void limitsAreSharedByTwoNodesOnOneDatabase() {
		String person = newPerson("Shared", newCustomer("Cluster Corp"), Role.REQUESTER);
		try (ConfigurableApplicationContext second = secondNode()) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			for (int call = 0; call < 4; call++) {
				int node = call % 2 == 0 ? this.port : secondPort;
				assertThat(tickets("127.0.0.12", node, person, PASSWORD).status()).isEqualTo(200);
			}

			assertRateLimited(tickets("127.0.0.12", secondPort, person, PASSWORD));
			assertRateLimited(tickets("127.0.0.12", this.port, person, PASSWORD));
		}
	}

	private ConfigurableApplicationContext secondNode() {
		SpringApplication application = new SpringApplication(ConnectDeskApplication.class);
		application.setAdditionalProfiles("test");
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + DATABASE,
				"--spring.main.banner-mode=off"));
		LIMITS.forEach(limit -> arguments.add("--" + limit));
		return application.run(arguments.toArray(String[]::new));
	}

	private static void assertRateLimited(RawHttp.Answer answer) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(429);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.header("retry-after")).hasValueSatisfying(
				seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
		JsonNode problem = answer.json();
		assertThat(problem.path("code").asText()).isEqualTo("rate-limited");
		assertThat(problem.path("status").asInt()).isEqualTo(429);
	}

	private RawHttp.Answer tickets(String fromAddress, String email, String password) {
		return tickets(fromAddress, this.port, email, password);
	}

	private static RawHttp.Answer tickets(String fromAddress, int port, String email, String password) {
		return RawHttp.send(fromAddress, port, "GET", "/api/v1/tickets?size=1", Map.of("Authorization", basicAuth(email, password)), null);
	}

	private RawHttp.Answer git(String fromAddress, String email, String token) {
		return RawHttp.send(fromAddress, this.port, "GET", "/git/nobody/nothing.git/info/refs?service=git-upload-pack",
				Map.of("Authorization", basicAuth(email, token)), null);
	}

	/** The sign-in form as a browser posts it: the CSRF cookie from the page, echoed in a field. */
	private RawHttp.Answer signIn(String fromAddress, String email, String password) {
		RawHttp.Answer page = RawHttp.send(fromAddress, this.port, "GET", "/login", Map.of(), null);
		String cookies = page.header("set-cookie").orElseThrow();
		String csrf = cookies.replaceAll("(?s).*" + CSRF_COOKIE + "=([^;]*).*", "$1");
		String session = cookies.replaceAll("(?s).*JSESSIONID=([^;]*).*", "$1");
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/x-www-form-urlencoded");
		headers.put("Cookie", CSRF_COOKIE + "=" + csrf + (cookies.contains("JSESSIONID=") ? "; JSESSIONID=" + session : ""));
		headers.put("X-CD-XSRF-TOKEN", csrf);
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + password;
		return RawHttp.send(fromAddress, this.port, "POST", "/login", headers, form.getBytes(StandardCharsets.UTF_8));
	}

	private static String basicAuth(String user, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}

package io.connectdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.TestPropertySource;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/**
 * Behind a TLS-terminating proxy (X-Forwarded-Proto from a loopback address) the session and CSRF cookies are
 * Secure and HSTS is sent; plain HTTP gets neither. The pages' CSP allows inline styles on Swagger UI only.
 * Prometheus scrapes with the METRICS service credential alone, which opens nothing else, and a scraper with a
 * wrong password locks nobody out.
 */
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = { "connectdesk.metrics.username=" + SafeDefaultsTest.SCRAPER,
		"connectdesk.metrics.password=" + SafeDefaultsTest.SCRAPER_PASSWORD })
class SafeDefaultsTest extends ApiTestSupport {

	static final String SCRAPER = "prometheus";

	static final String SCRAPER_PASSWORD = "scrape-me-not-an-admin";

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		String admin = newPerson("Ada", null, Role.ADMIN);

		HttpResponse<String> signedIn = signIn(admin, true);

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(cookie(signedIn, "JSESSIONID")).contains("Secure").contains("HttpOnly");
		assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).startsWith("https://"));
	}

	@Test
	void overPlainHttpNoSecureCookieAndNoHsts() throws Exception {
		String admin = newPerson("Ada", null, Role.ADMIN);

		HttpResponse<String> signedIn = signIn(admin, false);

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(cookie(signedIn, "JSESSIONID")).doesNotContain("Secure");
		assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void inlineStylesOnlyOnSwaggerUi() throws Exception {
		String pages = send(get("/login", false)).headers().firstValue("Content-Security-Policy").orElseThrow();
		String swagger = send(get("/swagger-ui/index.html", false)).headers().firstValue("Content-Security-Policy").orElseThrow();

		assertThat(pages).contains("style-src 'self'").doesNotContain("unsafe-inline");
		assertThat(swagger).contains("style-src 'self' 'unsafe-inline'").contains("script-src 'self'");
	}

	@Test
	void prometheusScrapesWithTheMetricsCredentialOnly() throws Exception {
		ApiClient scraper = ApiClient.basic(this.port, SCRAPER, SCRAPER_PASSWORD);
		String adminEmail = newPerson("Ada", null, Role.ADMIN);
		ApiClient admin = basic(adminEmail);

		HttpResponse<String> scraped = scrape(SCRAPER, SCRAPER_PASSWORD);
		assertThat(scraped.statusCode()).as(scraped.body()).isEqualTo(200);
		assertThat(scraped.body()).contains("jvm_memory_used_bytes").as("web/LogEventMetrics, registered once")
			.containsOnlyOnce("logback_events_total{level=\"error\"}");
		assertThat(scrape(adminEmail, PASSWORD).statusCode()).as("an ADMIN password does not scrape").isEqualTo(401);
		assertThat(admin.get("/actuator/metrics").status()).as("admins keep the other endpoints").isEqualTo(200);
		assertThat(scraper.post("/actuator/prometheus", null).status()).as("read only").isIn(401, 403);
		for (String elsewhere : List.of("/actuator/metrics", "/actuator/info", "/api/v1/tickets", "/engine-rest/engine",
				"/camunda/app/cockpit/default/", "/tickets")) {
			assertThat(scraper.get(elsewhere).status()).as(elsewhere).isIn(302, 401, 403);
		}
	}

	@Test
	void aScraperWithAWrongPasswordLocksNobodyOut() throws Exception {
		String admin = newPerson("Ada", null, Role.ADMIN);

		for (int attempt = 0; attempt < 8; attempt++) {
			assertThat(scrape(admin, "wrong-" + attempt).statusCode()).isEqualTo(401);
			assertThat(scrape(SCRAPER, "wrong-" + attempt).statusCode()).isEqualTo(401);
		}

		assertThat(basic(admin).get("/api/v1/tickets").status()).as("the admin is not locked").isEqualTo(200);
		assertThat(scrape(SCRAPER, SCRAPER_PASSWORD).statusCode()).as("nor is the scraper").isEqualTo(200);
	}

	private HttpResponse<String> signIn(String email, boolean overHttps) throws IOException, InterruptedException {
		HttpResponse<String> page = send(get("/login", overHttps));
		Matcher csrf = CSRF_FIELD.matcher(page.body());
		assertThat(csrf.find()).as("the login form's CSRF field").isTrue();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpRequest.Builder post = request("/login", overHttps).POST(BodyPublishers.ofString(form))
			.header("Content-Type", "application/x-www-form-urlencoded");
		page.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0]).reduce((a, b) -> a + "; " + b)
			.ifPresent(cookies -> post.header("Cookie", cookies));
		return send(post);
	}

	/** As Prometheus asks for its text format. */
	private HttpResponse<String> scrape(String username, String password) throws IOException, InterruptedException {
		String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(get("/actuator/prometheus", false).header("Authorization", "Basic " + credentials)
			.header("Accept", "text/plain;version=0.0.4;q=0.5,*/*;q=0.1"));
	}

	private HttpRequest.Builder get(String path, boolean overHttps) {
		return request(path, overHttps).GET();
	}

	/** As a proxy on this machine forwards it: X-Forwarded-Proto https when the browser came over HTTPS. */
	private HttpRequest.Builder request(String path, boolean overHttps) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		return overHttps ? request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7") : request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith(name + "="))
			.findFirst().orElseThrow(() -> new AssertionError("No " + name + " cookie in " + response.headers()));
	}

}

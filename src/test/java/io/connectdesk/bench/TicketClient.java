package io.connectdesk.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One API client as a script would be: its own HTTP/1.1 connection and session. Signs in once with
 * the login form, then files tickets with the session cookie and the CSRF header, one
 * Idempotency-Key per request.
 */
final class TicketClient implements LoadRun.Operation {

	static final String CSRF_COOKIE = "CD-XSRF-TOKEN";

	static final String CSRF_HEADER = "X-CD-XSRF-TOKEN";

	/**
	 * The mix of ticket types, one after the other ({@code -Dbench.types}, comma-separated). Since issue
	 * 14 an INCIDENT is more than a request: it opens an incident that pages the on-call engineers and
	 * escalates until someone acknowledges, which nobody does in this bench.
	 */
	private static final String[] TYPES = System.getProperty("bench.types",
			"SECURITY_CHANGE,ACCESS_REQUEST,INFRASTRUCTURE_CHANGE,QUESTION,INCIDENT").split(",");

	private final URI base;

	private final String runId;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private final ConcurrentLinkedQueue<String> errors;

	private String csrfToken;

	TicketClient(URI base, String runId, ConcurrentLinkedQueue<String> errors) {
		this.base = base;
		this.runId = runId;
		this.errors = errors;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** Signs in with the login form; afterwards fetches the token that the sign-in rotated. */
	TicketClient signIn(String email, String password) throws IOException, InterruptedException {
		// Any page hands out the CSRF cookie, even when there is no sign-in page to render yet.
		send(HttpRequest.newBuilder(this.base.resolve("/login")).GET());
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpResponse<String> login = send(HttpRequest.newBuilder(this.base.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header(CSRF_HEADER, token())
			.POST(BodyPublishers.ofString(form)));
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in of " + email + " failed: " + login.statusCode() + " " + location);
		}
		expect(send(HttpRequest.newBuilder(this.base.resolve("/api/v1/tickets?size=1")).GET()), 200, "GET tickets");
		this.csrfToken = token();
		return this;
	}

	@Override
	public boolean call(long sequence) throws IOException, InterruptedException {
		String title = "Bench " + this.runId + " #" + Long.toHexString(sequence);
		String body = "{\"type\":\"" + TYPES[(int) (sequence % TYPES.length)] + "\",\"title\":\"" + title
				+ "\",\"description\":\"Filed by the benchmark; please ignore.\",\"components\":[\"container-service\"],"
				+ "\"environments\":[\"production\"],\"urgent\":" + (sequence % 10 == 0) + "}";
		HttpResponse<String> response = send(HttpRequest.newBuilder(this.base.resolve("/api/v1/tickets"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header(CSRF_HEADER, this.csrfToken)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(BodyPublishers.ofString(body)));
		if (response.statusCode() == 201) {
			return true;
		}
		this.errors.add(response.statusCode() + " " + abbreviate(response.body()));
		if (response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(CSRF_COOKIE))) {
			this.csrfToken = token();
		}
		return false;
	}

	/** A GET with the session (the queue bench reads pages and the API with it). */
	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).header("Accept", "application/json, text/html").GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
	}

	private String token() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> CSRF_COOKIE.equals(cookie.getName()))
			.map(HttpCookie::getValue)
			.filter(value -> !value.isEmpty())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No " + CSRF_COOKIE + " cookie"));
	}

	private static void expect(HttpResponse<String> response, int status, String what) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
		}
	}

	private static String abbreviate(String text) {
		return text == null || text.length() <= 300 ? String.valueOf(text) : text.substring(0, 300) + "...";
	}

}

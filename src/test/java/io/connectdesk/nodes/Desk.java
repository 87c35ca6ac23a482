package io.connectdesk.nodes;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One user of Connect Desk over real HTTP, at one address (a node, or the balancer in front of the nodes): either
 * with Basic credentials on every request, or signed in once through the sign-in page and then carrying the session
 * and CSRF cookies like a browser. Transport failures (a node killed mid-request) come out as {@link IOException}.
 */
final class Desk {

	static final ObjectMapper JSON = new ObjectMapper();

	private static final String CSRF_COOKIE = "CD-XSRF-TOKEN";

	private static final String CSRF_HEADER = "X-CD-XSRF-TOKEN";

	private final String base;

	private final String basic;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private Desk(String base, String basic) {
		this.base = base;
		this.basic = basic;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3))
			.cookieHandler(this.cookies).build();
	}

	static Desk basic(String base, String user, String password) {
		return new Desk(base, "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	/** Signs in through the sign-in page, as a browser does; fails unless the portal lets the user in. */
	static Desk signedIn(String base, String user, String password) throws IOException, InterruptedException {
		Desk desk = new Desk(base, null);
		desk.page("/login");
		HttpResponse<String> signIn = desk.send(desk.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password)))));
		String location = signIn.headers().firstValue("Location").orElse("");
		if (signIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in failed: " + signIn.statusCode() + " " + location);
		}
		// Signing in clears the CSRF token; the next page brings a new one, as it does in a browser.
		desk.page("/tickets");
		return desk;
	}

	HttpResponse<String> page(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).header("Accept", "application/json").GET());
	}

	HttpResponse<String> post(String path, Object body, Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body == null ? Map.of() : body)));
		headers.forEach(request::header);
		return send(request);
	}

	HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
		return post(path, body, Map.of());
	}

	JsonNode json(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60));
		if (this.basic != null) {
			request.header("Authorization", this.basic);
		}
		csrf().ifPresent(token -> request.header(CSRF_HEADER, token));
		return request;
	}

	private java.util.Optional<String> csrf() {
		return this.cookies.getCookieStore().getCookies().stream().filter(cookie -> CSRF_COOKIE.equals(cookie.getName()))
			.map(HttpCookie::getValue).findFirst();
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet().stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}

package io.connectdesk.journey;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A client of the running application over real HTTP, as one person: anonymous, with HTTP Basic
 * credentials or a bearer token on every request, or with the session a browser gets from the login form (its
 * cookies, and the CSRF cookie echoed in a header on every unsafe request).
 */
public final class ApiClient {

	static final String CSRF_COOKIE = "CD-XSRF-TOKEN";

	static final String CSRF_HEADER = "X-CD-XSRF-TOKEN";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Map<String, String> cookies;

	private final String base;

	private final String authorization;

	private ApiClient(int port, String authorization) {
		this(port, authorization, new ConcurrentHashMap<>());
	}

	private ApiClient(int port, String authorization, Map<String, String> cookies) {
		this.base = "http://localhost:" + port;
		this.authorization = authorization;
		this.cookies = cookies;
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient(port, null);
	}

	public static ApiClient basic(int port, String username, String password) {
		String credentials = username + ":" + password;
		return new ApiClient(port, "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
	}

	/** Sends an OAuth 2 bearer token (the oidc profile's identity provider issued it) on every request. */
	public static ApiClient bearer(int port, String token) {
		return new ApiClient(port, "Bearer " + token);
	}

	/**
	 * Signs in with the login form as a browser does: takes the CSRF token from the page's hidden
	 * field when the page renders one, else echoes the CSRF cookie in the header.
	 */
	public static ApiClient signIn(int port, String username, String password) {
		ApiClient browser = anonymous(port);
		Response page = browser.get("/login");
		Map<String, String> form = new LinkedHashMap<>(Map.of("username", username, "password", password));
		Map<String, String> headers = new LinkedHashMap<>();
		Matcher field = CSRF_FIELD.matcher(page.body());
		if (field.find()) {
			form.put("_csrf", field.group(1));
		}
		else {
			headers.put(CSRF_HEADER, browser.cookie(CSRF_COOKIE).orElseThrow(() -> new IllegalStateException(
					"GET /login set no " + CSRF_COOKIE + " cookie: " + page)));
		}
		Response login = browser.send("POST", "/login", formBody(form), "application/x-www-form-urlencoded", headers);
		String location = login.header("Location").orElse("");
		if (login.status() != 302 || location.contains("error") || !browser.cookie("JSESSIONID").isPresent()) {
			throw new IllegalStateException("Form login of " + username + " failed: " + login + " -> " + location);
		}
		return browser;
	}

	/** The same person, sharing one cookie jar (as one browser), talking to another node of a cluster. */
	public ApiClient on(int port) {
		return new ApiClient(port, this.authorization, this.cookies);
	}

	public Response get(String path) {
		return send("GET", path, null, null, Map.of());
	}

	public Response get(String path, Map<String, String> headers) {
		return send("GET", path, null, null, headers);
	}

	public Response post(String path, Object body) {
		return post(path, body, Map.of());
	}

	/** With a session, echoes the CSRF cookie in its header, as the portal's scripts do. */
	public Response post(String path, Object body, Map<String, String> headers) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		if (this.authorization == null && this.cookies.containsKey("JSESSIONID")) {
			all.put(CSRF_HEADER, csrfToken());
		}
		return postWithoutCsrf(path, body, all);
	}

	/** A page's form as a browser posts it: url-encoded fields, with the CSRF token echoed in its header. */
	public Response postForm(String path, Map<String, String> fields) {
		return send("POST", path, formBody(fields), "application/x-www-form-urlencoded", csrfHeader());
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body == null ? null : json(body), "application/json", csrfHeader());
	}

	public Response delete(String path) {
		return send("DELETE", path, null, null, csrfHeader());
	}

	private Map<String, String> csrfHeader() {
		return this.authorization == null && this.cookies.containsKey("JSESSIONID") ? Map.of(CSRF_HEADER, csrfToken()) : Map.of();
	}

	public Response postWithoutCsrf(String path, Object body, Map<String, String> headers) {
		return send("POST", path, body == null ? null : json(body), "application/json", headers);
	}

	/** A raw body, sent as it is: for requests that are not valid JSON. */
	public Response postRaw(String path, String body) {
		return post(path, new Raw(body));
	}

	public Optional<String> cookie(String name) {
		return Optional.ofNullable(this.cookies.get(name));
	}

	private String csrfToken() {
		if (!this.cookies.containsKey(CSRF_COOKIE)) {
			get("/api/v1/tickets?size=1"); // signing in renews the token; any API answer sets the new cookie
		}
		return cookie(CSRF_COOKIE).orElseThrow(() -> new IllegalStateException("No " + CSRF_COOKIE + " cookie"));
	}

	/**
	 * A multipart form as a browser or client posts it: text fields, then each file as a {@code files} part;
	 * with a session, the CSRF token is echoed in its header.
	 */
	public Response postMultipart(String path, Map<String, String> fields, java.util.List<FilePart> files) {
		String boundary = "----cd" + java.util.UUID.randomUUID().toString().replace("-", "");
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
		for (FilePart file : files) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
					+ file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(utf8));
			body.writeBytes(file.content());
			body.writeBytes("\r\n".getBytes(utf8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
		return sendBody("POST", path, BodyPublishers.ofByteArray(body.toByteArray()), "multipart/form-data; boundary=" + boundary,
				csrfHeader());
	}

	/** A file in a multipart form; the content type is what the client claims, not what the server believes. */
	public record FilePart(String field, String filename, String contentType, byte[] content) {

		public static FilePart of(String filename, byte[] content) {
			return new FilePart("files", filename, "application/octet-stream", content);
		}

	}

	private Response send(String method, String path, String body, String contentType, Map<String, String> headers) {
		return sendBody(method, path, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body), contentType, headers);
	}

	private Response sendBody(String method, String path, HttpRequest.BodyPublisher body, String contentType, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, body)
			.header("Accept", "application/json, application/problem+json, text/html");
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		if (!this.cookies.isEmpty()) {
			request.header("Cookie", String.join("; ", this.cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = this.http.send(request.build(), BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::remember);
			return new Response(method + " " + path, response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " " + path + " interrupted", ex);
		}
	}

	private void remember(String setCookie) {
		String[] nameValue = setCookie.split(";", 2)[0].split("=", 2);
		String name = nameValue[0].trim();
		String value = nameValue.length > 1 ? nameValue[1].trim() : "";
		if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

	static String json(Object body) {
		if (body instanceof Raw raw) {
			return raw.text();
		}
		try {
			return JSON.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static String formBody(Map<String, String> form) {
		return String.join("&", form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.toList());
	}

	private record Raw(String text) {
	}

	/** An answer: status, headers and the body, read as JSON on demand. */
	public record Response(String request, int status, Map<String, java.util.List<String>> headers, String body) {

		public JsonNode json() {
			try {
				return this.body == null || this.body.isBlank() ? MissingNode.getInstance() : JSON.readTree(this.body);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Not JSON: " + this, ex);
			}
		}

		/** The problem's stable error code. */
		public String code() {
			return json().path("code").asText(null);
		}

		public Optional<String> header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(header -> header.getKey().equalsIgnoreCase(name))
				.flatMap(header -> header.getValue().stream())
				.findFirst();
		}

		@Override
		public String toString() {
			return this.request + " -> " + this.status + header("Location").map(location -> " Location: " + location).orElse("") + " " + (this.body == null ? "" : this.body.substring(0, Math.min(600, this.body.length())));
		}

	}

}

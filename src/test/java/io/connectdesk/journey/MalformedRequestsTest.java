package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;

/**
 * What the servlet container, the firewall or Spring MVC refuse under {@code /api/**} is still
 * problem+json with a stable code, never a 5xx and never Tomcat's HTML error page.
 */
class MalformedRequestsTest extends ApiTestSupport {

	private Map<String, String> session;

	@BeforeEach
	void signedIn() {
		ApiClient requester = ApiClient.signIn(this.port, newPerson("Mal", newCustomer("Malformed Corp"), Role.REQUESTER), PASSWORD);
		requester.get("/api/v1/tickets?size=1");
		this.session = new LinkedHashMap<>();
		this.session.put("Cookie", "JSESSIONID=" + requester.cookie("JSESSIONID").orElseThrow() + "; "
				+ ApiClient.CSRF_COOKIE + "=" + requester.cookie(ApiClient.CSRF_COOKIE).orElseThrow());
		this.session.put(ApiClient.CSRF_HEADER, requester.cookie(ApiClient.CSRF_COOKIE).orElseThrow());
	}

	@Test
	void badPercentEncodingInThePath() {
		assertProblem(get("/api/v1/tickets/%zz"), 400);
		assertProblem(get("/api/v1/tickets/%C0%AF"), 400);
	}

	@Test
	void pathsTheFirewallRejects() {
		assertProblem(get("/api/v1//tickets"), 400);
		assertProblem(get("/api/v1/tickets;x=y"), 400);
		assertProblem(get("/api/v1/tickets/%2e%2e/admin"), 400);
		assertProblem(get("/api/v1/tickets/a%09b"), 404); // decoded, then no such ticket
	}

	@Test
	void aControlCharacterOrBadEncodingInTheQuery() {
		assertProblem(get("/api/v1/tickets?status=%ff"), 400);
		assertProblem(get("/api/v1/tickets?status=%zz"), 400);
		assertThat(get("/api/v1/tickets?st%00atus=OPEN").status()).as("a parameter nobody reads is ignored").isEqualTo(200);
	}

	@Test
	void aFormBodyWhoseParameterNameTheFirewallRejects() {
		// refused by the firewall (400) when something reads the parameters first, else as a content type (415)
		assertProblem(post("/api/v1/tickets", "application/x-www-form-urlencoded", "ti%00tle=x&type=QUESTION"), 400, 415);
		assertProblem(post("/api/v1/tickets", "application/x-www-form-urlencoded", "title=%00&%ff=1"), 400, 415);
		assertProblem(post("/api/v1/tickets/REQ-1/replies", "application/x-www-form-urlencoded", "bo%00dy=x"), 400, 415);
	}

	@Test
	void wrongContentTypeIsUnsupported() {
		assertProblem(post("/api/v1/tickets", "text/plain", "hello"), 415);
		assertProblem(post("/api/v1/tickets", "application/xml", "<ticket/>"), 415);
		assertProblem(post("/api/v1/tickets", "*/*", "{}"), 415);
		assertProblem(post("/api/v1/tickets", "multipart/form-data", "a=1"), 400);
	}

	@Test
	void aBodyTooLargeIsRefused() {
		String huge = "{\"title\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
		assertProblem(post("/api/v1/tickets", "application/json", huge), 413);
	}

	@Test
	void unreadableOrMissingBodies() {
		assertProblem(post("/api/v1/tickets", "application/json", "{"), 400);
		assertProblem(post("/api/v1/tickets", "application/json", null), 400);
		assertProblem(send("POST", "/api/v1/tickets", "application/json", new byte[] { '{', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }), 400);
	}

	@Test
	void wrongMethodUnknownPathAndNothingAcceptable() {
		assertProblem(send("DELETE", "/api/v1/tickets", null, null), 405);
		assertProblem(get("/api/v1/no-such-thing"), 404);
		assertProblem(get("/api/nothing/here"), 404);
		Map<String, String> html = new LinkedHashMap<>(this.session);
		html.put("Accept", "text/html");
		assertProblem(RawHttp.send(this.port, "GET", "/api/v1/tickets", html, null), 406);
	}

	@Test
	void anonymousCallersToo() {
		assertProblem(RawHttp.send(this.port, "GET", "/api/v1//tickets", Map.of(), null), 400);
		assertProblem(RawHttp.send(this.port, "GET", "/api/v1/tickets/%zz", Map.of(), null), 400);
		assertProblem(RawHttp.send(this.port, "GET", "/api/v1/tickets", Map.of(), null), 401);
	}

	private RawHttp.Answer get(String target) {
		return send("GET", target, null, null);
	}

	private RawHttp.Answer post(String target, String contentType, String body) {
		return send("POST", target, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
	}

	private RawHttp.Answer send(String method, String target, String contentType, byte[] body) {
		Map<String, String> headers = new LinkedHashMap<>(this.session);
		headers.put("Accept", "application/json, application/problem+json");
		if (contentType != null) {
			headers.put("Content-Type", contentType);
		}
		return RawHttp.send(this.port, method, target, headers, body);
	}

	static void assertProblem(RawHttp.Answer answer, Integer... statuses) {
		assertThat(answer.status()).as(answer.toString()).isIn((Object[]) statuses);
		assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
		JsonNode problem = answer.json();
		assertThat(problem.path("code").asText()).as(answer.toString()).isNotBlank();
		assertThat(problem.path("status").asInt()).as(answer.toString()).isEqualTo(answer.status());
	}

}

package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;

/**
 * Walks the OpenAPI document of the running application and sends thousands of malformed requests
 * over every {@code /api/v1} operation, as every role and anonymously: never a 5xx, and every 4xx is
 * problem+json with a {@code code}. Its own application context (admins' fuzzed requests may change
 * shared settings); the seed is printed, and {@code -Dfuzz.seed=...} replays a run.
 */
@TestPropertySource(properties = "connectdesk.fuzz-context=isolated")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ApiFuzzTest extends ApiTestSupport {

	private static final int REQUESTS = 5400;

	private static final int SENDERS = 4;

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

	private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
			"multipart/form-data; boundary=fuzz", "multipart/form-data", "application/json; charset=ebcdic-xx", "image/png",
			"application/json;;", "*/*");

	private static final List<String> FORM_BODIES = List.of("ti%00tle=x&type=QUESTION", "%ff=1", "a=%zz", "title=%00", "=&&=",
			"x=" + "y".repeat(100_000), "a[b][c]=1&a[b]=2", "\u0001=\u0002");

	private static final List<String> ACCEPTS = List.of("application/json, application/problem+json", "application/json",
			"text/html", "application/xml", "*/*", "image/png", "application/json;q=bogus", "");

	@Test
	void malformedRequestsOverEveryOperationNeverAnswer5xxAndEvery4xxIsAProblem() {
		long seed = Long.getLong("fuzz.seed", 20261206L);
		System.out.println("ApiFuzzTest seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
		Random random = new Random(seed);
		JsonNode docs = ApiClient.anonymous(this.port).get("/v3/api-docs").json();
		List<Operation> operations = operationsOf(docs);
		assertThat(operations).as("operations under /api/v1 in the OpenAPI document").hasSizeGreaterThan(20);
		MalformedInput input = new MalformedInput(random, docs);
		List<Map<String, String>> callers = callers();

		List<Request> requests = new ArrayList<>();
		while (requests.size() < REQUESTS) {
			for (Operation operation : operations) {
				callers.forEach(caller -> requests.add(request(input, random, operation, caller)));
			}
		}
		long started = System.nanoTime();
		List<String> failures = sendAll(requests);
		System.out.printf("ApiFuzzTest: %d requests over %d operations and %d callers in %d s, %d failures%n", requests.size(),
				operations.size(), callers.size(), (System.nanoTime() - started) / 1_000_000_000L, failures.size());
		failures.stream().limit(40).forEach(failure -> System.out.println("ApiFuzzTest failure: " + failure));
		assertThat(failures).as("seed " + seed + ": answers that are a 5xx or a 4xx without problem+json and a code")
			.hasSizeLessThan(1);
	}

	@Test
	void theCheckRefusesA5xxAndAnErrorThatIsNoProblem() {
		assertThat(problemWith(new RawHttp.Answer("GET /x", 500, Map.of("content-type", "application/problem+json"),
				"{\"code\":\"internal-error\"}"))).isPresent();
		assertThat(problemWith(new RawHttp.Answer("GET /x", 400, Map.of("content-type", "text/html"), "<html></html>"))).isPresent();
		assertThat(problemWith(new RawHttp.Answer("GET /x", 404, Map.of("content-type", "application/problem+json"), "{}"))).isPresent();
		assertThat(problemWith(new RawHttp.Answer("GET /x", 404, Map.of("content-type", "application/problem+json"),
				"{\"code\":\"not-found\"}"))).isEmpty();
	}

	/** What is wrong with an answer, if anything. */
	static Optional<String> problemWith(RawHttp.Answer answer) {
		if (answer.status() >= 500) {
			return Optional.of("5xx: " + answer);
		}
		if (answer.status() < 400) {
			return Optional.empty();
		}
		if (!answer.contentType().startsWith("application/problem+json")) {
			return Optional.of("not problem+json: " + answer);
		}
		try {
			return answer.json().path("code").asText().isBlank() ? Optional.of("no code: " + answer) : Optional.empty();
		}
		catch (AssertionError notJson) {
			return Optional.of("not JSON: " + answer);
		}
	}

	/** Made one after another from the seed, sent by a few threads at once (the order of sending does not matter). */
	private List<String> sendAll(List<Request> requests) {
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		try {
			List<Future<Optional<String>>> answers = new ArrayList<>();
			for (Request request : requests) {
				answers.add(senders.submit(() -> problemWith(RawHttp.send(this.port, request.method(), request.target(), request.headers(),
						request.body())).map(failure -> failure + " <- " + request.headers().get("Content-Type") + " "
								+ (request.body() == null ? "" : new String(request.body(), 0, Math.min(120, request.body().length), StandardCharsets.UTF_8)))));
			}
			List<String> failures = new ArrayList<>();
			for (Future<Optional<String>> answer : answers) {
				answer.get(2, TimeUnit.MINUTES).ifPresent(failures::add);
			}
			return failures;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			senders.shutdownNow();
		}
	}

	private Request request(MalformedInput input, Random random, Operation operation, Map<String, String> caller) {
		Map<String, String> headers = new LinkedHashMap<>(caller);
		headers.put("Accept", random.nextInt(4) == 0 ? input.pick(ACCEPTS) : ACCEPTS.get(0));
		String method = random.nextInt(12) == 0 ? input.pick(METHODS) : operation.method();
		String target = target(input, random, operation);
		byte[] body = null;
		int kind = random.nextInt(10);
		if (operation.body() != null || kind == 0) {
			if (kind < 7) {
				headers.put("Content-Type", "application/json");
				body = input.body(operation.body() == null ? docsObject() : operation.body());
			}
			else if (kind < 9) {
				headers.put("Content-Type", input.pick(CONTENT_TYPES));
				body = input.pick(FORM_BODIES).getBytes(StandardCharsets.UTF_8);
			}
		}
		if (random.nextInt(8) == 0) {
			headers.put("Idempotency-Key", input.pick(List.of("", "k".repeat(500), "\u00e9t\u00e9", "a b", "%00")));
		}
		return new Request(method, target, headers, body);
	}

	private static String target(MalformedInput input, Random random, Operation operation) {
		String path = operation.path();
		while (path.contains("{")) {
			int open = path.indexOf('{');
			int close = path.indexOf('}', open);
			String value = random.nextInt(3) == 0 ? String.valueOf(1 + random.nextInt(5)) : input.junkValue();
			path = path.substring(0, open) + value + path.substring(close + 1);
		}
		List<String> query = new ArrayList<>();
		for (String name : operation.queryParameters()) {
			if (random.nextBoolean()) {
				query.add(name + "=" + input.junkValue());
			}
		}
		if (random.nextInt(5) == 0) {
			query.add(input.pick(List.of("extra", "%zz", "a%00b", "size", "page", "sort")) + "=" + input.junkValue());
		}
		return query.isEmpty() ? path : path + "?" + String.join("&", query);
	}

	private static JsonNode docsObject() {
		return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "object");
	}

	/** Every role signed in with a session (no password hash per request) and anonymous. */
	private List<Map<String, String>> callers() {
		Long customer = newCustomer("Fuzz Corp");
		List<Map<String, String>> callers = new ArrayList<>();
		for (Role role : List.of(Role.REQUESTER, Role.APPROVER, Role.SRE, Role.ADMIN, Role.WORKER)) {
			String email = newPerson("Fuzz" + role.name().toLowerCase(), role == Role.REQUESTER || role == Role.APPROVER ? customer : null, role);
			ApiClient client = ApiClient.signIn(this.port, email, PASSWORD);
			client.get("/api/v1/tickets?size=1");
			String csrf = client.cookie(ApiClient.CSRF_COOKIE).orElse("");
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Cookie", "JSESSIONID=" + client.cookie("JSESSIONID").orElseThrow() + "; " + ApiClient.CSRF_COOKIE + "=" + csrf);
			headers.put(ApiClient.CSRF_HEADER, csrf);
			callers.add(headers);
		}
		callers.add(Map.of());
		return callers;
	}

	private static List<Operation> operationsOf(JsonNode docs) {
		List<Operation> operations = new ArrayList<>();
		docs.path("paths").properties().forEach(path -> {
			if (!path.getKey().startsWith("/api/v1")) {
				return;
			}
			path.getValue().properties().forEach(operation -> {
				List<String> query = new ArrayList<>();
				operation.getValue().path("parameters").forEach(parameter -> {
					if ("query".equals(parameter.path("in").asText())) {
						query.add(parameter.path("name").asText());
					}
				});
				JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json").path("schema");
				operations.add(new Operation(operation.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), query,
						body.isMissingNode() ? null : body));
			});
		});
		return operations;
	}

	private record Request(String method, String target, Map<String, String> headers, byte[] body) {
	}

	private record Operation(String method, String path, List<String> queryParameters, JsonNode body) {
	}

}

package io.connectdesk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * kill -9 in the middle of a ticket's provisioning: the application runs in a JVM of its own ({@link CrashingApp})
 * on an H2 file database, is killed ({@code destroyForcibly}) while its worker works the third of four slow items,
 * and restarted on the same database. The item it held becomes fetchable again when its lock expires; the
 * adapter's idempotency key keeps it from being created twice. Every item ends DONE, each created exactly once.
 */
class KillNineTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<String> COMPONENTS = List.of("container-service", "database", "api-gateway", "waf");

	private final String password = UUID.randomUUID().toString();

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path dir;

	private Process app;

	private int port;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.destroyForcibly();
		}
	}

	@Test
	void killedMidWayTheWorkCompletesAfterARestartWithEachItemCreatedOnce() throws Exception {
		Path log = this.dir.resolve("adapter.log");
		this.port = freePort();
		start(log, "first");
		String ticket = fileAndAccept();
		await(() -> CrashingApp.FileAdapter.created(log).size() >= 2, Duration.ofSeconds(60), "two items created");

		this.app.destroyForcibly().waitFor();
		List<String> beforeKill = CrashingApp.FileAdapter.created(log);
		assertThat(beforeKill).as("killed mid-way").hasSizeLessThan(COMPONENTS.size());

		start(log, "second");
		await(() -> statuses(ticket).stream().allMatch("DONE"::equals), Duration.ofSeconds(120), "every item done");

		assertThat(statuses(ticket)).hasSize(COMPONENTS.size());
		assertThat(CrashingApp.FileAdapter.created(log)).as("each item created exactly once")
			.containsExactlyInAnyOrderElementsOf(COMPONENTS.stream().map(c -> "created " + ticket + ":" + c + ":production").toList());
	}

	private void start(Path log, String name) throws Exception {
		this.app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-cp", System.getProperty("java.class.path"), CrashingApp.class.getName(), this.dir.resolve("db").toString(),
				log.toString(), String.valueOf(this.port), this.password)
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve(name + ".out").toFile())
			.start();
		// Wait for the accounts before signing in: failed sign-ins from this address would lock the SRE out.
		Path out = this.dir.resolve(name + ".out");
		await(() -> Files.exists(out) && Files.readString(out).contains(CrashingApp.READY), Duration.ofMinutes(5), name + " start");
		assertThat(get(CrashingApp.SRE, "/api/v1/queue").statusCode()).as(name + " serves the SRE").isEqualTo(200);
	}

	private String fileAndAccept() throws Exception {
		HttpResponse<String> filed = post(CrashingApp.REQUESTER, "/api/v1/tickets",
				ProvisioningTestSupport.activation("Four slow components", COMPONENTS, List.of("production")));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String ticket = JSON.readTree(filed.body()).path("id").asText();
		String task = JSON.readTree(get(CrashingApp.SRE, "/api/v1/tickets/" + ticket).body()).at("/tasks/0/id").asText();
		assertThat(post(CrashingApp.SRE, "/api/v1/tasks/" + task + "/claim", Map.of()).statusCode()).isEqualTo(204);
		assertThat(post(CrashingApp.SRE, "/api/v1/tasks/" + task + "/complete", Map.of("outcome", "ACCEPT")).statusCode())
			.isEqualTo(204);
		// The four cost 30 MRU a month: one approval on the customer's plan lets fulfilment start. The approval
		// starts in a job after the acceptance (Task_ReadCostFacts is asynchronous).
		await(() -> "WAITING_FOR_APPROVAL".equals(
				JSON.readTree(get(CrashingApp.SRE, "/api/v1/tickets/" + ticket).body()).path("status").asText()),
				Duration.ofSeconds(60), "the approvers to be asked");
		HttpResponse<String> approved = post(CrashingApp.APPROVER, "/api/v1/approvals/" + ticket + "/decisions",
				Map.of("verdict", "APPROVE"));
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		return ticket;
	}

	private List<String> statuses(String ticket) throws Exception {
		JsonNode items = JSON.readTree(get(CrashingApp.SRE, "/api/v1/tickets/" + ticket + "/provisioning").body());
		return items.findValuesAsText("status");
	}

	private HttpResponse<String> get(String user, String path) throws Exception {
		return this.http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String user, String path, Object body) throws Exception {
		return this.http.send(request(user, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String user, String path) {
		String basic = Base64.getEncoder().encodeToString((user + ":" + this.password).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + basic);
	}

	private void await(Callable<Boolean> condition, Duration timeout, String what) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			try {
				if (condition.call()) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// the application is still starting
			}
			assertThat(this.app.isAlive()).as("the application died; see " + this.dir).isTrue();
			assertThat(Instant.now()).as("waited " + timeout + " for " + what).isBefore(deadline);
			Thread.sleep(200);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

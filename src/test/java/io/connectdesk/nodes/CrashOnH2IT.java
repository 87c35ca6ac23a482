package io.connectdesk.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11, "Crash on the embedded default": the application in a JVM of its own on the default H2 file database
 * ({@code ./data} of its working directory, the URL of application.yml), 8 clients filing tickets with
 * Idempotency-Keys, killed with {@code kill -9} three times at random moments and restarted each time; every key
 * that got no answer is sent again until it does. Every ticket acknowledged (201, or 200 for a replay) is there,
 * none twice, and each one's status agrees with its process instance (in review, and its process waits in the review task).
 */
class CrashOnH2IT {

	private static final int CLIENTS = 8;

	private static final int KILLS = 3;

	private static final Duration START = Cluster.START;

	private final String password = UUID.randomUUID().toString();

	@TempDir
	Path dir;

	private Node node;

	@AfterEach
	void stop() {
		if (this.node != null) {
			this.node.close();
		}
	}

	@Test
	void everyAcknowledgedTicketSurvivesKillNineExactlyOnce() throws Exception {
		this.node = new Node("h2", this.dir, List.of("--spring.profiles.active=nodes", "--nodes.seed=" + this.password,
				"--connectdesk.provisioning.enabled=false"));
		this.node.start().awaitReady(START);
		awaitSeeded();
		String base = "http://127.0.0.1:" + this.node.port;
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger replays = new AtomicInteger();
		AtomicInteger unanswered = new AtomicInteger();
		AtomicBoolean filing = new AtomicBoolean(true);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			Desk desk = Desk.basic(base, NodeApp.REQUESTER, this.password);
			running.add(clients.submit(() -> fileUntilStopped(desk, this.node, filing, acknowledged, replays, unanswered)));
		}
		for (int kill = 1; kill <= KILLS; kill++) {
			awaitMore(acknowledged, running);
			Thread.sleep(ThreadLocalRandom.current().nextLong(0, 3000));
			int before = acknowledged.size();
			this.node.kill();
			System.out.printf("kill -9 #%d after %d acknowledged tickets%n", kill, before);
			this.node.start().awaitReady(START);
		}
		Thread.sleep(2000);
		filing.set(false);
		for (Future<?> client : running) {
			client.get(5, TimeUnit.MINUTES);
		}
		clients.shutdown();

		assertThat(unanswered.get()).as("requests cut off by a kill, then sent again").isPositive();
		Desk sre = Desk.basic(base, NodeApp.SRE, this.password);
		Set<String> listed = listedTickets(Desk.basic(base, NodeApp.REQUESTER, this.password));
		assertThat(new HashSet<>(acknowledged.values())).as("one ticket per key").hasSize(acknowledged.size());
		assertThat(listed).as("every acknowledged ticket, none twice, nothing else")
			.containsExactlyInAnyOrderElementsOf(acknowledged.values());
		for (String ticket : acknowledged.values()) {
			JsonNode found = sre.json("/api/v1/tickets/" + ticket);
			assertThat(found.path("status").asText()).as(ticket).isEqualTo("IN_REVIEW");
			assertThat(found.path("tasks").findValuesAsText("kind")).as("the process of " + ticket + " waits in its review task")
				.containsExactly("REVIEW");
		}
		System.out.printf("%d tickets acknowledged over %d kills; %d attempts without an answer sent again, %d replays%n",
				acknowledged.size(), KILLS, unanswered.get(), replays.get());
	}

	/** Files tickets one after the other; a key without an answer is sent again until it has one. */
	private static Void fileUntilStopped(Desk desk, Node node, AtomicBoolean filing, Map<String, String> acknowledged,
			AtomicInteger replays, AtomicInteger unanswered) throws Exception {
		while (filing.get()) {
			String key = UUID.randomUUID().toString();
			Map<String, Object> ticket = Tickets.change("Change " + key);
			while (true) {
				try {
					HttpResponse<String> answer = desk.post("/api/v1/tickets", ticket, Map.of("Idempotency-Key", key));
					if (answer.statusCode() != 200 && answer.statusCode() != 201) {
						fail(answer.statusCode() + " " + answer.body() + "\n" + node.firstError());
					}
					if (answer.statusCode() == 200) {
						replays.incrementAndGet();
					}
					acknowledged.put(key, Desk.JSON.readTree(answer.body()).path("id").asText());
					break;
				}
				catch (IOException cutOff) {
					unanswered.incrementAndGet();
					Thread.sleep(300);
				}
			}
		}
		return null;
	}

	/** Waits for a few more acknowledgements (the first requests of a new JVM are slow); fails if a client did. */
	private static void awaitMore(Map<String, String> acknowledged, List<Future<?>> clients) throws Exception {
		int target = acknowledged.size() + 5;
		for (int waited = 0; acknowledged.size() < target; waited++) {
			for (Future<?> client : clients) {
				if (client.isDone()) {
					client.get();
				}
			}
			assertThat(waited).as("5 more tickets within 3 minutes").isLessThan(1800);
			Thread.sleep(100);
		}
	}

	private static Set<String> listedTickets(Desk requester) throws Exception {
		Set<String> ids = new HashSet<>();
		List<String> all = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode found = requester.json("/api/v1/tickets?size=100&page=" + page);
			found.path("content").forEach(ticket -> all.add(ticket.path("id").asText()));
			if (page + 1 >= found.path("totalPages").asInt()) {
				break;
			}
		}
		ids.addAll(all);
		assertThat(ids).as("no ticket listed twice").hasSize(all.size());
		return ids;
	}

	private void awaitSeeded() throws Exception {
		for (int i = 0; i < 600 && !this.node.logged("NODES-SEEDED"); i++) {
			Thread.sleep(100);
		}
		assertThat(this.node.logged("NODES-SEEDED")).as("accounts created; see " + this.node.log()).isTrue();
	}

}

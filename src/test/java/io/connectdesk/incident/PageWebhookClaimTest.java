package io.connectdesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.sun.net.httpserver.HttpServer;

import io.connectdesk.journey.ApiTestSupport;

/**
 * Two webhook senders on one database (two nodes) post each page once: each claims a page before it
 * posts it; a page claimed by a sender that died is posted by another once the claim's lease is over.
 */
@DirtiesContext
class PageWebhookClaimTest extends ApiTestSupport {

	private static final List<String> received = new CopyOnWriteArrayList<>();

	private static final HttpServer receiver = startedReceiver();

	@Autowired
	private PageWebhookRepository outbox;

	@Autowired
	private IncidentSettings settings;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		registry.add("connectdesk.incident.webhook-url", () -> "http://127.0.0.1:" + receiver.getAddress().getPort() + "/pages");
		registry.add("connectdesk.incident.webhook-secret", () -> "claim-test-secret");
		// the application's own sender stays out of the way: this test runs two of its own
		registry.add("connectdesk.incident.webhook-interval", () -> "PT1H");
	}

	@AfterAll
	static void receiverStops() {
		receiver.stop(0);
	}

	@Test
	void twoSendersAtOncePostEachPageOnce() throws Exception {
		List<String> pages = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			pages.add(queued("{\"page\": \"both-" + i + "\"}", Instant.now().minusSeconds(1)));
		}
		PageWebhookSender one = sender(Clock.systemUTC());
		PageWebhookSender other = sender(Clock.systemUTC());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = List.of(nodes.submit(() -> runAfter(start, one)), nodes.submit(() -> runAfter(start, other)));
			start.countDown();
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			nodes.shutdown();
		}

		assertThat(received.stream().filter(body -> body.contains("both-")).toList()).as("each page posted once")
			.containsExactlyInAnyOrderElementsOf(pages);
		assertThat(this.outbox.findAll()).filteredOn(page -> pages.contains(page.getPayload()))
			.allMatch(page -> PageWebhook.SENT.equals(page.getStatus()) && page.getAttempts() == 1);
	}

	@Test
	void aPageClaimedByASenderThatDiedIsPostedOnceTheLeaseIsOver() {
		Instant now = Instant.now();
		String payload = queued("{\"page\": \"orphan\"}", now.minusSeconds(1)); // due before now, whatever the column's precision
		Long id = this.outbox.findAll().stream().filter(page -> payload.equals(page.getPayload())).findFirst().orElseThrow().getId();
		Integer claimed = new TransactionTemplate(this.transactionManager)
			.execute(status -> this.outbox.claim(id, PageWebhook.PENDING, now, now.plus(PageWebhookSender.LEASE)));
		assertThat(claimed).as("the dead sender's claim").isOne();

		sender(Clock.systemUTC()).sendDue();
		assertThat(received).as("claimed by the dead sender").doesNotContain(payload);

		sender(Clock.offset(Clock.systemUTC(), PageWebhookSender.LEASE.plus(Duration.ofSeconds(1)))).sendDue();
		assertThat(received).as("after the lease").containsOnlyOnce(payload);
	}

	private String queued(String payload, Instant at) {
		this.outbox.save(new PageWebhook(0L, payload, at));
		return payload;
	}

	private PageWebhookSender sender(Clock clock) {
		return new PageWebhookSender(this.outbox, this.settings, this.transactionManager, clock);
	}

	private static void runAfter(CountDownLatch start, PageWebhookSender sender) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		sender.sendDue();
	}

	private static HttpServer startedReceiver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/pages", exchange -> {
				received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			server.setExecutor(Executors.newFixedThreadPool(4));
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

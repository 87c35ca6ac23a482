package io.connectdesk.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/**
 * Pages also reach a webhook (a real HTTP server on 127.0.0.1): JSON naming the incident, severity,
 * customer and component with the acknowledgement link, signed with HMAC-SHA256; a refused delivery is
 * retried from the outbox until it is taken.
 */
@DirtiesContext
class WebhookPagingTest extends IncidentTestSupport {

	private static final String SECRET = "webhook-test-secret";

	private static final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	private static final AtomicInteger calls = new AtomicInteger();

	private static final HttpServer receiver = startedReceiver();

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		registry.add("connectdesk.incident.webhook-url", () -> "http://127.0.0.1:" + receiver.getAddress().getPort() + "/pages");
		registry.add("connectdesk.incident.webhook-secret", () -> SECRET);
		registry.add("connectdesk.incident.webhook-interval", () -> "PT0.2S");
	}

	@AfterAll
	static void receiverStops() {
		receiver.stop(0);
	}

	@Test
	void aPageIsPostedSignedAndRetriedUntilTaken() throws Exception {
		newPerson("Eve", null, Role.SRE, Role.EXPERT); // nobody on call: the experts are paged
		Long customer = newCustomer("Hooked");
		ApiClient monitor = monitor(newIntegration(customer));

		long incident = monitor.post("/api/v1/alerts", alerts(alert("wh-1", "firing", "waf", "production", "critical")))
			.json().path("incidents").get(0).asLong();

		await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.stream().anyMatch(d -> d.accepted() && d.body().contains("INC-" + incident)));
		List<Delivery> mine = deliveries.stream().filter(d -> d.body().contains("INC-" + incident)).toList();
		assertThat(mine.get(0).accepted()).as("the first delivery was refused, then retried").isFalse();
		Delivery taken = mine.get(mine.size() - 1);
		assertThat(taken.signature()).isEqualTo("sha256=" + hmac(taken.body()));
		JsonNode page = new ObjectMapper().readTree(taken.body());
		assertThat(page.path("incident").asText()).isEqualTo("INC-" + incident);
		assertThat(page.path("severity").asText()).isEqualTo("SEV2");
		assertThat(page.path("component").asText()).isEqualTo("waf");
		assertThat(page.path("customer").asText()).startsWith("Hooked");
		assertThat(page.path("acknowledge").asText()).startsWith("/incidents/ack?token=");
	}

	private static String hmac(String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

	/** Refuses every first delivery of a page (503), takes the next. */
	private static HttpServer startedReceiver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/pages", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				boolean seen = deliveries.stream().anyMatch(d -> d.body().equals(body));
				deliveries.add(new Delivery(body, exchange.getRequestHeaders().getFirst("X-ConnectDesk-Signature"), seen));
				calls.incrementAndGet();
				exchange.sendResponseHeaders(seen ? 204 : 503, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Delivery(String body, String signature, boolean accepted) {
	}

}

package io.connectdesk.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/**
 * Many urgent tickets filed at the same moment over HTTP, for a customer with few slots left: the
 * database, not the application, decides who gets one. Run on H2 and on PostgreSQL.
 */
abstract class ConcurrentUrgentFilings extends QuotaTestSupport {

	static final int FILINGS = 50;

	static final int SLOTS = 5;

	@Test
	void fiftySimultaneousUrgentFilingsForFiveSlotsLeftMakeExactlyFiveUrgent() throws Exception {
		Long customer = customerWithSlots(SLOTS, "Europe/Madrid");
		ApiClient requester = basic(newPerson("Rita", customer, Role.REQUESTER));
		// No filing yet: the period's counter row does not exist, and the simultaneous filings race to create it.
		assertThat(requester.get("/api/v1/quota").json().path("left").asInt()).isEqualTo(5);
		assertThat(usedInDatabase(customer)).isZero();

		List<JsonNode> filed = fileAtOnce(requester);

		List<JsonNode> urgent = filed.stream().filter(ticket -> ticket.path("urgent").asBoolean()).toList();
		List<JsonNode> normal = filed.stream().filter(ticket -> !ticket.path("urgent").asBoolean()).toList();
		assertThat(urgent).hasSize(SLOTS).allSatisfy(ticket -> assertThat(ticket.has("urgentRefused")).isFalse());
		assertThat(normal).hasSize(FILINGS - SLOTS)
			.allSatisfy(ticket -> assertThat(ticket.path("urgentRefused").path("code").asText()).isEqualTo("urgent-quota-spent"));
		JsonNode quota = requester.get("/api/v1/quota").json();
		assertThat(quota.path("used").asInt()).isEqualTo(SLOTS);
		assertThat(quota.path("left").asInt()).isZero();
		assertThat(usedInDatabase(customer)).isEqualTo(SLOTS);
		assertThat(slotsHeldInDatabase(customer)).isEqualTo(SLOTS);
		assertThat(normal).allSatisfy(ticket -> assertThat(notices(ticket.path("id").asText(), "URGENT_REFUSED")).isEqualTo(1));
		JsonNode refused = ticket(requester, normal.get(0).path("id").asText());
		assertThat(refused.path("timeline").findValuesAsText("kind")).contains("URGENT_REFUSED");
		assertThat(requester.get("/api/v1/tickets?urgent=true&size=100").json().path("totalElements").asInt()).isEqualTo(SLOTS);
	}

	private List<JsonNode> fileAtOnce(ApiClient requester) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(FILINGS);
		try {
			CountDownLatch ready = new CountDownLatch(FILINGS);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<ApiClient.Response>> responses = new ArrayList<>();
			for (int i = 0; i < FILINGS; i++) {
				String title = "Simultaneous " + i;
				responses.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					return requester.post("/api/v1/tickets", urgentRequest(title));
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<JsonNode> filed = new ArrayList<>();
			for (Future<ApiClient.Response> response : responses) {
				ApiClient.Response done = response.get(120, TimeUnit.SECONDS);
				assertThat(done.status()).as(done.toString()).isEqualTo(201);
				filed.add(done.json());
			}
			return filed;
		}
		finally {
			threads.shutdownNow();
		}
	}

}

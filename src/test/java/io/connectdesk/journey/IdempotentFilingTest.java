package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;

/** Filing with an Idempotency-Key: a retried request never files a second ticket. */
class IdempotentFilingTest extends ApiTestSupport {

	private ApiClient requester;

	@BeforeEach
	void requester() {
		this.requester = basic(newPerson("Rita", newCustomer("Acme"), Role.REQUESTER));
	}

	@Test
	void retryWithTheSameKeyAndBodyReturnsTheFirstTicket() {
		ApiClient.Response first = file("key-1", ticketRequest("Activate container service"));
		ApiClient.Response retry = file("key-1", ticketRequest("Activate container service"));

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.header("Idempotent-Replayed")).isEmpty();
		assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
		assertThat(retry.header("Idempotent-Replayed")).contains("true");
		assertThat(retry.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
		assertThat(ticketsFiledBy(this.requester)).isEqualTo(1);
	}

	@Test
	void sameKeyWithADifferentBodyIsRefusedAndFilesNothing() {
		file("key-2", ticketRequest("Activate container service"));

		ApiClient.Response reused = file("key-2", ticketRequest("Something else entirely"));

		assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
		assertThat(reused.code()).isEqualTo("idempotency-key-reused");
		assertThat(ticketsFiledBy(this.requester)).isEqualTo(1);
	}

	@Test
	void concurrentRetriesWithTheSameKeyFileExactlyOneTicket() throws Exception {
		int threads = 8;
		CountDownLatch start = new CountDownLatch(1);
		Callable<ApiClient.Response> send = () -> {
			start.await();
			return file("key-3", ticketRequest("Activate container service"));
		};
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<ApiClient.Response>> sent = IntStream.range(0, threads).mapToObj(i -> pool.submit(send)).toList();
			start.countDown();
			List<ApiClient.Response> answers = sent.stream().map(IdempotentFilingTest::answer).toList();

			assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 201));
			assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
			assertThat(answers).extracting(answer -> answer.json().path("id").asText()).containsOnly(answers.get(0).json().path("id").asText());
			assertThat(ticketsFiledBy(this.requester)).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private ApiClient.Response file(String key, Map<String, Object> body) {
		return this.requester.post("/api/v1/tickets", body, Map.of("Idempotency-Key", key));
	}

	private static ApiClient.Response answer(Future<ApiClient.Response> sent) {
		try {
			return sent.get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

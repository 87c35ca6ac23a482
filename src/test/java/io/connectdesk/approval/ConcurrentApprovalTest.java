package io.connectdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.connectdesk.journey.ApiClient;

/** Two approvers decide at the same moment on a cost change that needs one approval: exactly one counts. */
class ConcurrentApprovalTest extends ApprovalTestSupport {

	@Test
	void twoApproversAtOnceExactlyOneDecisionCounts() throws Exception {
		aCustomerWithTwoApprovers();
		String ticket = acceptedTicketChangingCost(this.requester, "Add a certificate", "10", "310");
		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<ApiClient.Response>> decisions = List.of(this.ana, this.ben).stream().map(approver -> threads.submit(() -> {
				ready.countDown();
				go.await();
				return decide(approver, ticket, "APPROVE", null);
			})).toList();
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<ApiClient.Response> responses = decisions.stream().map(ConcurrentApprovalTest::get).toList();

			assertThat(responses).extracting(ApiClient.Response::status).as(responses.toString()).containsExactlyInAnyOrder(200, 409);
			assertThat(responses).filteredOn(response -> response.status() == 409)
				.singleElement()
				.satisfies(response -> assertThat(response.code()).isEqualTo("approval-already-decided"));
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(status(this.requester, ticket)).isEqualTo("IN_PROGRESS");
		assertThat(timeline(this.requester, ticket)).filteredOn("APPROVAL_GIVEN"::equals).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from approval_decision d join approval_request r on r.id = d.request_id where r.ticket_id = ?",
				Long.class, ticket)).isEqualTo(1L);
		assertThat(this.sre.get("/api/v1/tickets/" + ticket).json().path("tasks").findValuesAsText("kind")).containsExactly("FULFIL");
	}

	private static ApiClient.Response get(Future<ApiClient.Response> future) {
		try {
			return future.get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

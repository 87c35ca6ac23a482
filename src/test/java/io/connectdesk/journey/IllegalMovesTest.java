package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;

/** Moves the ticket's or task's state does not allow: 409 with a stable code; nothing changes. */
class IllegalMovesTest extends ApiTestSupport {

	private ApiClient requester;

	private ApiClient sre;

	private ApiClient otherSre;

	@BeforeEach
	void people() {
		this.requester = basic(newPerson("Rita", newCustomer("Acme"), Role.REQUESTER));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
		this.otherSre = basic(newPerson("Sue", null, Role.SRE));
	}

	@Test
	void completingATaskYouHaveNotClaimedConflicts() {
		String ticketId = fileTicket(this.requester, "Activate container service");
		Snapshot before = snapshot(this.sre, ticketId);

		ApiClient.Response refused = this.sre.post("/api/v1/tasks/" + openTask(this.sre, ticketId) + "/complete",
				Map.of("outcome", "ACCEPT"));

		assertConflict(refused, "task-not-claimed");
		assertThat(snapshot(this.sre, ticketId)).isEqualTo(before);
	}

	@Test
	void claimingATaskSomeoneElseHoldsConflicts() {
		String ticketId = fileTicket(this.requester, "Activate container service");
		String task = openTask(this.sre, ticketId);
		succeeds(this.sre.post("/api/v1/tasks/" + task + "/claim", null));
		Snapshot before = snapshot(this.sre, ticketId);

		assertConflict(this.otherSre.post("/api/v1/tasks/" + task + "/claim", null), "task-already-claimed");
		assertConflict(this.otherSre.post("/api/v1/tasks/" + task + "/unclaim", null), "task-not-claimed");
		assertThat(snapshot(this.sre, ticketId)).isEqualTo(before);
	}

	@Test
	void replyingToARejectedTicketConflicts() {
		String ticketId = fileTicket(this.requester, "Activate container service");
		claimAndComplete(this.sre, ticketId, "REJECT", "We do not offer this component.");
		Snapshot before = snapshot(this.sre, ticketId);

		assertConflict(this.requester.post("/api/v1/tickets/" + ticketId + "/replies", Map.of("body", "Why not?")), "ticket-closed");
		assertThat(snapshot(this.sre, ticketId)).isEqualTo(before);
	}

	@Test
	void replyingToOrReopeningAClosedTicketConflicts() {
		String ticketId = resolvedTicket();
		reopenWindowEnds(ticketId);
		Snapshot before = snapshot(this.sre, ticketId);
		assertThat(before.status()).isEqualTo("CLOSED");

		assertConflict(this.requester.post("/api/v1/tickets/" + ticketId + "/replies", Map.of("body", "Thanks!")), "ticket-closed");
		assertConflict(this.requester.post("/api/v1/tickets/" + ticketId + "/reopen", null), "illegal-ticket-move");
		assertThat(snapshot(this.sre, ticketId)).isEqualTo(before);
	}

	@Test
	void reopeningAfterTheWindowConflictsEvenBeforeTheTimerFires() {
		String ticketId = resolvedTicket();
		clockMovesPastTheReopenWindow();
		Snapshot before = snapshot(this.sre, ticketId);

		assertConflict(this.requester.post("/api/v1/tickets/" + ticketId + "/reopen", Map.of("reason", "Broken again")),
				"reopen-window-closed");
		assertThat(snapshot(this.sre, ticketId)).isEqualTo(before);
		assertThat(before.process()).containsExactly("Gateway_ReopenOrClose");
	}

	private String resolvedTicket() {
		String ticketId = fileTicket(this.requester, "Activate container service");
		claimAndComplete(this.sre, ticketId, "ACCEPT", null);
		claimAndComplete(this.sre, ticketId, "RESOLVE", "Done.");
		return ticketId;
	}

	private static void assertConflict(ApiClient.Response answer, String code) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
		assertThat(answer.code()).as(answer.toString()).isEqualTo(code);
	}

}

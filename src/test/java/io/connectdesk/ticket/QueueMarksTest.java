package io.connectdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the queue views read from the ticket row follows its status, claims, due times, warnings and escalation. */
class QueueMarksTest {

	private static final Instant FILED_AT = Instant.parse("2025-03-01T08:00:00Z");

	private static final Instant RESPONSE_DUE = FILED_AT.plus(Duration.ofHours(4));

	private static final Instant RESOLUTION_DUE = FILED_AT.plus(Duration.ofDays(2));

	@Test
	void aFiledTicketIsInTheQueueAndLeavesItWhenResolvedOrRejected() {
		Ticket resolved = filed();
		Ticket rejected = filed();
		assertThat(resolved.getQueue().isInQueue()).isTrue();

		resolved.accept(FILED_AT);
		assertThat(resolved.getQueue().isInQueue()).isTrue();
		resolved.resolve(FILED_AT, Duration.ofDays(7));
		rejected.reject(FILED_AT);

		assertThat(resolved.getQueue().isInQueue()).isFalse();
		assertThat(rejected.getQueue().isInQueue()).isFalse();
	}

	@Test
	void theAssigneeIsKeptOnlyWhileTheTicketIsInTheQueue() {
		Ticket ticket = filed();
		ticket.assignTo(5L);
		assertThat(ticket.getQueue().getAssigneeId()).isEqualTo(5L);

		ticket.reject(FILED_AT);

		assertThat(ticket.getQueue().getAssigneeId()).isNull();
		ticket.assignTo(5L);
		assertThat(ticket.getQueue().getAssigneeId()).isNull();
	}

	@Test
	void aWarningCountsWhileItsTargetRunsAndTheClockIsNotPaused() {
		Ticket ticket = filed();
		ticket.showDueTimes(new ServiceLevelTimes(RESPONSE_DUE, RESOLUTION_DUE, null, RESPONSE_DUE));
		assertThat(ticket.getQueue().isSlaWarned()).isFalse();

		ticket.serviceLevelWarned(true);
		assertThat(ticket.getQueue().isSlaWarned()).isTrue();
		ticket.askRequester(FILED_AT);
		assertThat(ticket.getQueue().isSlaWarned()).as("paused while waiting on the customer").isFalse();
		ticket.answered(FILED_AT);
		assertThat(ticket.getQueue().isSlaWarned()).isTrue();

		ticket.showDueTimes(new ServiceLevelTimes(RESPONSE_DUE, RESOLUTION_DUE, FILED_AT, RESOLUTION_DUE));
		assertThat(ticket.getQueue().isSlaWarned()).as("responded: the response's warning no longer counts").isFalse();
		ticket.serviceLevelWarned(false);
		assertThat(ticket.getQueue().isSlaWarned()).isTrue();
	}

	@Test
	void anEscalatedTicketIsInTheEscalatedViewUntilItLeavesTheQueue() {
		Ticket ticket = filed();
		ticket.escalated(FILED_AT);
		assertThat(ticket.getQueue().isEscalated()).isTrue();
		assertThat(ticket.getQueue().getEscalatedAt()).isEqualTo(FILED_AT);

		ticket.reject(FILED_AT);

		assertThat(ticket.getQueue().isEscalated()).isFalse();
		assertThat(ticket.getQueue().getEscalatedAt()).as("when it was escalated stays known").isEqualTo(FILED_AT);
	}

	private static Ticket filed() {
		FileTicket request = new FileTicket(TicketType.INCIDENT, "Gateway down", "It answers 502.", List.of(), List.of(),
				List.of(), true);
		return new Ticket(request, 7L, 11L, FILED_AT);
	}

}

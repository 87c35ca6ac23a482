package io.connectdesk.ticket;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * A ticket's service-level due times as the sla module computed them (through {@link TicketDueTimes}),
 * on the ticket row so that pages, lists and the queue's order read them without the sla module;
 * {@code null}s where a target does not apply. A value: showing new due times replaces it.
 */
@Embeddable
class ServiceLevelTimes {

	private Instant responseDueAt;

	private Instant resolutionDueAt;

	private Instant respondedAt;

	/** The due time that comes next while the ticket is open: queues order by it. */
	private Instant nextDueAt;

	protected ServiceLevelTimes() {
	}

	ServiceLevelTimes(Instant responseDueAt, Instant resolutionDueAt, Instant respondedAt, Instant nextDueAt) {
		this.responseDueAt = responseDueAt;
		this.resolutionDueAt = resolutionDueAt;
		this.respondedAt = respondedAt;
		this.nextDueAt = nextDueAt;
	}

	/** None yet: the columns are all empty, which is how a ticket row without due times loads. */
	static ServiceLevelTimes none() {
		return new ServiceLevelTimes();
	}

	Instant getResponseDueAt() {
		return this.responseDueAt;
	}

	Instant getResolutionDueAt() {
		return this.resolutionDueAt;
	}

	Instant getRespondedAt() {
		return this.respondedAt;
	}

	Instant getNextDueAt() {
		return this.nextDueAt;
	}

}

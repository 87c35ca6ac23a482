package io.connectdesk.ticket;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * What the SRE queue views filter on, kept on the ticket row so that every view reads one index
 * range in queue order (V18): whether the ticket is in the queue, who holds its task, whether it went
 * to the experts, and whether a service-level warning fired for a target still running.
 */
@Embeddable
class QueueMarks {

	private boolean inQueue;

	private Long assigneeId;

	private Instant escalatedAt;

	private boolean escalated;

	private boolean responseWarned;

	private boolean resolutionWarned;

	private boolean slaWarned;

	/** Follows the ticket's status and due times; a ticket that leaves the queue is nobody's. */
	void follow(TicketStatus status, ServiceLevelTimes dueTimes) {
		this.inQueue = isQueued(status);
		if (!this.inQueue) {
			this.assigneeId = null;
		}
		this.escalated = this.inQueue && this.escalatedAt != null;
		boolean clockRuns = this.inQueue && !status.waitsOnCustomer() && dueTimes.getNextDueAt() != null;
		this.slaWarned = clockRuns
				&& ((this.responseWarned && dueTimes.getRespondedAt() == null) || this.resolutionWarned);
	}

	static boolean isQueued(TicketStatus status) {
		return status == TicketStatus.IN_REVIEW || status == TicketStatus.WAITING_FOR_CUSTOMER
				|| status == TicketStatus.IN_PROGRESS;
	}

	void assign(Long userId) {
		this.assigneeId = userId;
	}

	void escalate(Instant at) {
		this.escalatedAt = at;
	}

	void warned(boolean firstResponse) {
		if (firstResponse) {
			this.responseWarned = true;
		}
		else {
			this.resolutionWarned = true;
		}
	}

	boolean isInQueue() {
		return this.inQueue;
	}

	Long getAssigneeId() {
		return this.assigneeId;
	}

	Instant getEscalatedAt() {
		return this.escalatedAt;
	}

	boolean isEscalated() {
		return this.escalated;
	}

	boolean isSlaWarned() {
		return this.slaWarned;
	}

}

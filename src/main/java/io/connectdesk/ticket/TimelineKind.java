package io.connectdesk.ticket;

/** What happened to a ticket, as its timeline says. */
public enum TimelineKind {

	FILED, ACCEPTED, REJECTED, QUESTION_ASKED, ANSWERED, REPLIED, NOTE_ADDED, CLAIMED, UNCLAIMED, RESOLVED, REOPENED,
	CLOSED,
	/** A service-level target is near its due time (sla module); staff only. */
	SERVICE_LEVEL_WARNING,
	/** A service-level target's due time passed before it was met (sla module). */
	SERVICE_LEVEL_BREACHED;

	/** Whether only staff may see that it happened: customers do not learn that internal notes exist. */
	public boolean isInternal() {
		return this == NOTE_ADDED || this == SERVICE_LEVEL_WARNING;
	}

}

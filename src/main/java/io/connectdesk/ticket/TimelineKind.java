package io.connectdesk.ticket;

/** What happened to a ticket, as its timeline says. */
public enum TimelineKind {

	FILED, ACCEPTED, REJECTED, QUESTION_ASKED, ANSWERED, REPLIED, NOTE_ADDED, CLAIMED, UNCLAIMED, RESOLVED, REOPENED,
	CLOSED, COSTED, APPROVAL_REQUESTED, APPROVAL_REMINDED, APPROVAL_GIVEN, COST_APPROVED, COST_REJECTED, APPROVAL_EXPIRED;

	/** Whether only staff may see that it happened: customers do not learn that internal notes exist. */
	public boolean isInternal() {
		return this == NOTE_ADDED;
	}

}

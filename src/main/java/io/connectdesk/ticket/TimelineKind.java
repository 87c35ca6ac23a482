package io.connectdesk.ticket;

/** What happened to a ticket, as its timeline says. */
public enum TimelineKind {

	FILED, ACCEPTED, REJECTED, QUESTION_ASKED, ANSWERED, REPLIED, NOTE_ADDED, CLAIMED, UNCLAIMED, RESOLVED, REOPENED,
	CLOSED, PROVISIONED, DEPROVISIONED, PROVISIONING_FAILED, PROVISIONING_RETRIED, PROVISIONING_CANCELLED;

	/** Whether only staff may see that it happened: customers do not learn that internal notes exist. */
	public boolean isInternal() {
		return this == NOTE_ADDED;
	}

}

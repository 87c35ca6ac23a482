package io.connectdesk.ticket;

/** What happened to a ticket, as its timeline says. */
public enum TimelineKind {

	FILED, ACCEPTED, REJECTED, QUESTION_ASKED, ANSWERED, REPLIED, NOTE_ADDED, CLAIMED, UNCLAIMED, RESOLVED, REOPENED,
	CLOSED

}

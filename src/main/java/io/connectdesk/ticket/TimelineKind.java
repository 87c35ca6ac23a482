package io.connectdesk.ticket;

/**
 * What happened to a ticket, as its timeline says: the ticket module's own kinds. Other modules own
 * theirs ({@link LineKind}).
 */
public enum TimelineKind implements LineKind {

	FILED, ACCEPTED, REJECTED, QUESTION_ASKED, ANSWERED, REPLIED, NOTE_ADDED, CLAIMED, UNCLAIMED, RESOLVED, REOPENED,
	CLOSED,
	/** Filed urgent, handled as normal: the urgent quota of the period was spent. */
	URGENT_REFUSED,
	/** An SRE made an urgent ticket normal; its urgent slot went back to the quota. */
	DOWNGRADED,
	/** Filing recorded what the ticket changes in the customer's monthly MRU. */
	COSTED,
	/** A CC party added or removed after filing; the detail names the address. */
	CC_ADDED, CC_REMOVED;

	@Override
	public boolean isInternal() {
		return this == NOTE_ADDED;
	}

}

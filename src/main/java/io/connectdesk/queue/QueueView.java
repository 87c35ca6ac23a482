package io.connectdesk.queue;

/** The SRE queue's views. Each one lists tickets urgent first, then by the nearest due time (none last), then oldest. */
public enum QueueView {

	/** Filed and waiting for an SRE's review. */
	REVIEW,
	/** Tickets whose current task the caller holds. */
	MINE,
	/** Urgent tickets in the queue. */
	URGENT,
	/** The next due time is within the horizon (or past), or a service-level warning fired; the clock runs. */
	BREACHING,
	/** Waiting for the customer's answer. */
	WAITING,
	/** Handed to the experts by the escalation ladder, still in the queue. */
	ESCALATED

}

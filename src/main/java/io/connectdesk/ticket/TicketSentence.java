package io.connectdesk.ticket;

/** What the ticket module's timeline details say ({@link LineMessage}; messages in the main bundle). */
enum TicketSentence implements LineMessage {

	/** A cost change: the signed MRU per month. */
	COST_CHANGE,
	/** A cost change and the customer's monthly total after it. */
	COST_CHANGE_TOTAL,
	/** The task a line is about, by its translated name. */
	TASK_NAMED

}

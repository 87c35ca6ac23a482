package io.connectdesk.ticket;

/** Where a ticket stands. Transitions are the methods of {@link Ticket}; they refuse illegal moves. */
public enum TicketStatus {

	/** Filed; an SRE reviews it. */
	IN_REVIEW,
	/** An SRE asked the requester a question; the ticket waits for the answer. */
	WAITING_FOR_CUSTOMER,
	/** Accepted; in the SRE queue for fulfilment. */
	IN_PROGRESS,
	/** Done; the requester may reopen it until the reopen window ends. */
	RESOLVED,
	/** The reopen window ended. */
	CLOSED,
	/** An SRE rejected it at review. */
	REJECTED;

	public boolean isEndState() {
		return this == CLOSED || this == REJECTED;
	}

	/** Whether the ticket waits on the customer (an answer, a decision): service-level clocks pause. */
	public boolean waitsOnCustomer() {
		return this == WAITING_FOR_CUSTOMER;
	}

}

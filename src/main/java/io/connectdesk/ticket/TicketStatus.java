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
	REJECTED,
	/** Accepted, and it changes the customer's recurring cost: the customer's approvers decide. */
	WAITING_FOR_APPROVAL,
	/** The customer's approvers rejected its cost. */
	COST_REJECTED,
	/** Nobody decided on its cost in time. */
	APPROVAL_EXPIRED;

	public boolean isEndState() {
		return this == CLOSED || this == REJECTED || this == COST_REJECTED || this == APPROVAL_EXPIRED;
	}

	/** Whether the ticket waits on the customer (an answer, a decision): service-level clocks pause. */
	public boolean waitsOnCustomer() {
		return this == WAITING_FOR_CUSTOMER || this == WAITING_FOR_APPROVAL;
	}

}

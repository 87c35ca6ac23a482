package io.connectdesk.ticket;

/**
 * A module's share of a ticket's live stamp ({@link TicketStamps}): something that changes whenever what the
 * module shows on the ticket's page changes (provisioning's items, say). Must be one cheap indexed query.
 */
public interface TicketStampPart {

	/** @param ticketKey the ticket's id, such as {@code REQ-1001}; the caller may see the ticket */
	String stampOf(String ticketKey);

}

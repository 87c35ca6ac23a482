package io.connectdesk.ticket;

/**
 * Tells whether what a ticket asked for was undone before it was resolved (provisioning cancelled and
 * its done items removed), for {@link TicketResolved#provisioningUndone()}. Implemented by the module
 * that fulfils tickets, so that the ticket module need not know its timeline kinds; none: nothing is undone.
 */
public interface UndoneFulfilment {

	/** Called inside the resolving transaction. */
	boolean undone(String ticketId);

}

package io.connectdesk.ticket;

/**
 * Stands in for {@link TicketTaskValues} in the process tests (no ticket rows there): an urgent ticket of one
 * requester, an {@code INCIDENT} or not.
 */
public final class TicketTaskStandIn {

	private final String requester;

	private final boolean incident;

	public TicketTaskStandIn(String requester, boolean incident) {
		this.requester = requester;
		this.incident = incident;
	}

	public int priority(String ticketKey) {
		return TicketLifecycle.PRIORITY_URGENT;
	}

	public String requester(String ticketKey) {
		return this.requester;
	}

	public boolean incident(String ticketKey) {
		return this.incident;
	}

}

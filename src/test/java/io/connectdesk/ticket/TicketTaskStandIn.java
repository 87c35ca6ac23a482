package io.connectdesk.ticket;

/** Stands in for {@link TicketTaskValues} in the process tests (no ticket rows there): an urgent ticket of one requester. */
public final class TicketTaskStandIn {

	private final String requester;

	public TicketTaskStandIn(String requester) {
		this.requester = requester;
	}

	public int priority(String ticketKey) {
		return TicketLifecycle.PRIORITY_URGENT;
	}

	public String requester(String ticketKey) {
		return this.requester;
	}

}

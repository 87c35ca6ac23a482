package io.connectdesk.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for {@link TicketTaskValues} in the process tests (no ticket rows there): an urgent ticket of one requester. */
public final class TicketTaskStandIn {

	private final String requester;

	public TicketTaskStandIn(String requester) {
		this.requester = requester;
	}

	public int priority(DelegateExecution execution) {
		return TicketLifecycle.PRIORITY_URGENT;
	}

	public String requester(DelegateExecution execution) {
		return this.requester;
	}

}

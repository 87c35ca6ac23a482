package io.connectdesk.ticket;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.connectdesk.identity.Accounts;
import io.connectdesk.identity.Person;

/**
 * What the lifecycle's user tasks take from the ticket when the engine creates them: the SREs' tasks' priority
 * ({@code ${ticketTask.priority(execution.processBusinessKey)}}) and the answer task's assignee, the requester
 * ({@code ${ticketTask.requester(execution.processBusinessKey)}}), and whether the lifecycle skips the review
 * ({@code ${ticketTask.incident(execution.processBusinessKey)}}). The first two were process variables set at every filing, two rows of
 * {@code ACT_RU_VARIABLE} and its eleven indexes (docs/filing-performance.md, section 10) holding copies of what
 * the ticket row holds: the ticket is the truth, and at a filing it is already in the transaction's persistence
 * context, so reading it costs no statement. Public because the engine's expression language calls only public
 * methods of public classes.
 */
@Component("ticketTask")
public class TicketTaskValues {

	private final TicketRepository tickets;

	private final Accounts accounts;

	TicketTaskValues(TicketRepository tickets, Accounts accounts) {
		this.tickets = tickets;
		this.accounts = accounts;
	}

	/**
	 * Urgent tickets come first in a task list. A process without a ticket (the bare start the filing bench
	 * compares with) gets the normal priority.
	 */
	public int priority(String ticketKey) {
		return ticketOf(ticketKey).filter(Ticket::isUrgent).isPresent() ? TicketLifecycle.PRIORITY_URGENT
				: TicketLifecycle.PRIORITY_NORMAL;
	}

	/** The requester's e-mail, as the task's assignee (the requester's current one, should it have changed). */
	public String requester(String ticketKey) {
		return ticketOf(ticketKey).map(ticket -> this.accounts.people(List.of(ticket.getRequesterId())).get(ticket.getRequesterId()))
			.map(Person::email)
			.orElse(null);
	}

	/** Whether the ticket is an {@code INCIDENT}, which goes to fulfilment without a review ({@code Gateway_Incident}). */
	public boolean incident(String ticketKey) {
		return ticketOf(ticketKey).filter(ticket -> ticket.getType() == TicketType.INCIDENT).isPresent();
	}

	private Optional<Ticket> ticketOf(String ticketKey) {
		return TicketKeys.parse(ticketKey).flatMap(this.tickets::findById);
	}

}

package io.connectdesk.ticket;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.workflow.ProcessVariables;
import io.connectdesk.workflow.Workflow;

/**
 * Tickets the service files by itself, such as the renewal of a certificate about to expire: on
 * behalf of the requester of the ticket that created the component, in that customer, with the
 * timeline saying the system filed it. The new ticket goes through the normal lifecycle.
 */
@Service
public class SystemFiling {

	private final TicketRepository tickets;

	private final TicketAccess access;

	private final Timeline timeline;

	private final Workflow workflow;

	private final Clock clock;

	SystemFiling(TicketRepository tickets, TicketAccess access, Timeline timeline, Workflow workflow, Clock clock) {
		this.tickets = tickets;
		this.access = access;
		this.timeline = timeline;
		this.workflow = workflow;
		this.clock = clock;
	}

	/**
	 * Joins the caller's transaction, so that a caller can make the filing one with its own record of it.
	 *
	 * @return the new ticket's id
	 */
	@Transactional
	public String fileFollowUp(String originTicketId, FileTicket request) {
		Ticket origin = this.access.requireBySystem(originTicketId);
		Ticket ticket = this.tickets.save(new Ticket(request, origin.getCustomerId(), origin.getRequesterId(), this.clock.instant()));
		ticket.attachProcess(this.workflow.start(TicketLifecycle.PROCESS_KEY, ticket.key(), ProcessVariables.none()));
		this.timeline.recordBySystem(ticket, TimelineKind.FILED);
		return ticket.key();
	}

}

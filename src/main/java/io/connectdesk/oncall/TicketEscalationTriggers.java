package io.connectdesk.oncall;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.ticket.TicketChanged;
import io.connectdesk.ticket.TicketEntries;
import io.connectdesk.ticket.TimelineKind;

/**
 * Ticket changes that move the ladder, in the transaction of the change: an urgent ticket enters it
 * when filed; a claim of any of the ticket's tasks stops it.
 */
@Component
class TicketEscalationTriggers {

	private final Escalations escalations;

	private final TicketEntries tickets;

	TicketEscalationTriggers(Escalations escalations, TicketEntries tickets) {
		this.escalations = escalations;
		this.tickets = tickets;
	}

	@EventListener
	void on(TicketChanged change) {
		if (change.kind() == TimelineKind.FILED && this.tickets.isUrgent(change.ticketId())) {
			this.escalations.enterLadder(change.ticketId(), EscalationLadder.REASON_URGENT);
		}
		else if (change.kind() == TimelineKind.CLAIMED) {
			this.escalations.ticketClaimed(change.ticketId());
		}
	}

}

package io.connectdesk.ticket;

import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;

/** Finds a ticket the caller may see. Unknown and foreign tickets both answer "not found". */
@Component
class TicketAccess {

	private final TicketRepository tickets;

	TicketAccess(TicketRepository tickets) {
		this.tickets = tickets;
	}

	Ticket require(String key, Caller caller) {
		return TicketKeys.parse(key)
			.flatMap(this.tickets::findById)
			.filter(ticket -> caller.canSee(ticket.getCustomerId()))
			.orElseThrow(() -> new TicketNotFoundException(key));
	}

	/** For the process itself, which acts on behalf of nobody. */
	Ticket requireBySystem(String key) {
		return TicketKeys.parse(key).flatMap(this.tickets::findById).orElseThrow(() -> new TicketNotFoundException(key));
	}

}

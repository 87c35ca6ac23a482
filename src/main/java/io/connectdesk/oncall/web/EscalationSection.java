package io.connectdesk.oncall.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketPageSection;
import io.connectdesk.web.PageSection;

/**
 * The "escalate to the experts" form on the ticket page (this module's {@code oncall/escalate}
 * template), for SREs while the ticket is open.
 */
@Component
class EscalationSection implements TicketPageSection {

	@Override
	public Optional<PageSection> on(TicketDetail ticket, Caller caller) {
		if (!caller.has(Role.SRE) || ticket.status().isEndState()) {
			return Optional.empty();
		}
		return Optional.of(new PageSection("oncall/escalate", "form", ticket));
	}

	@Override
	public Place place() {
		return Place.ACTIONS;
	}

}

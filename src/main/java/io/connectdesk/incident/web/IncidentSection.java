package io.connectdesk.incident.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;
import io.connectdesk.incident.Incidents;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketPageSection;
import io.connectdesk.web.PageSection;

/** On an INCIDENT ticket's page: its incident's severity, status and public updates ({@code incident/section}). */
@Component
class IncidentSection implements TicketPageSection {

	private final Incidents incidents;

	IncidentSection(Incidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public Optional<PageSection> on(TicketDetail ticket, Caller caller) {
		return this.incidents.ofTicket(caller, ticket.id()).map(incident -> new PageSection("incident/section", "ticketSection", incident));
	}

}

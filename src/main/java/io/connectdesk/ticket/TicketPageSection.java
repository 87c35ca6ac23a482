package io.connectdesk.ticket;

import java.util.Optional;

import io.connectdesk.common.Caller;
import io.connectdesk.web.PageSection;

/**
 * What another module shows on a ticket's page, below the ticket's items. The ticket page asks every
 * registered section (in Spring order) and inserts the fragments they name from their own templates.
 */
public interface TicketPageSection {

	/** @return empty when the section has nothing to show the caller on this ticket */
	Optional<PageSection> on(TicketDetail ticket, Caller caller);

}

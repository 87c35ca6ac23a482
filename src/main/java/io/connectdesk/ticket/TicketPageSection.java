package io.connectdesk.ticket;

import java.util.Optional;

import io.connectdesk.common.Caller;
import io.connectdesk.web.PageSection;

/**
 * What another module shows on a ticket's page. The ticket page asks every registered section (in
 * Spring order) and inserts the fragments they name from their own templates at their {@link #place()}.
 */
public interface TicketPageSection {

	/** @return empty when the section has nothing to show the caller on this ticket */
	Optional<PageSection> on(TicketDetail ticket, Caller caller);

	/** Where on the page the section goes; below the ticket's items unless it says otherwise. */
	default Place place() {
		return Place.BELOW_ITEMS;
	}

	/** The places on the ticket page that take other modules' sections. */
	enum Place {

		/** Inside the ticket's facts list: the fragment writes {@code dt}/{@code dd} pairs. */
		FACTS,
		/** Below the ticket's items, above the conversation. */
		BELOW_ITEMS,
		/** After the ticket's own forms (downgrade, reopen). */
		ACTIONS

	}

}

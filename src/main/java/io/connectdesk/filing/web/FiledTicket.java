package io.connectdesk.filing.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.connectdesk.filing.TicketFiling;
import io.connectdesk.filing.UrgentRefusal;
import io.connectdesk.ticket.TicketSummary;

/**
 * The answer to filing: the ticket as lists show it and, when it was filed urgent but the urgent
 * quota was spent, why it is handled as normal.
 */
record FiledTicket(@JsonUnwrapped TicketSummary ticket,
		@JsonInclude(JsonInclude.Include.NON_NULL) UrgentRefusal urgentRefused) {

	static FiledTicket of(TicketFiling.Filed filed) {
		return new FiledTicket(filed.ticket(), filed.urgentRefused());
	}

}

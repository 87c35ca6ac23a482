package io.connectdesk.ticket;

import java.util.List;

/** What fulfilment (provisioning) needs to know of a ticket. */
public record FulfilmentScope(String ticketId, Long customerId, TicketType type, List<String> components,
		List<String> environments) {
}

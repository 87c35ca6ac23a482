package io.connectdesk.ticket;

import java.time.Instant;

/** What another module needs to know of a ticket to follow it, on behalf of nobody. */
public record TicketFacts(String id, Long customerId, TicketType type, boolean urgent, TicketStatus status,
		Instant createdAt) {
}

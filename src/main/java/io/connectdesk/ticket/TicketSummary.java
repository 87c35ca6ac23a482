package io.connectdesk.ticket;

import java.time.Instant;

/** A ticket in a list. */
public record TicketSummary(String id, String url, TicketType type, String title, TicketStatus status, boolean urgent,
		String customer, String requester, Instant createdAt, Instant updatedAt) {
}

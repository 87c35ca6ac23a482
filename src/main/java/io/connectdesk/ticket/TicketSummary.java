package io.connectdesk.ticket;

import java.time.Instant;

/**
 * A ticket in a list.
 *
 * @param dueAt the service-level due time that comes next while the ticket is open; {@code null} otherwise
 */
public record TicketSummary(String id, String url, TicketType type, String title, TicketStatus status, boolean urgent,
		String customer, String requester, Instant createdAt, Instant updatedAt, Instant dueAt) {

	static TicketSummary of(Ticket ticket, String customer, String requester) {
		return new TicketSummary(ticket.key(), TicketQueries.url(ticket), ticket.getType(), ticket.getTitle(),
				ticket.getStatus(), ticket.isUrgent(), customer, requester, ticket.getCreatedAt(), ticket.getUpdatedAt(),
				ticket.getDueTimes().getNextDueAt());
	}

}

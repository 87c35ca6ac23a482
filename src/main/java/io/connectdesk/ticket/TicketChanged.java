package io.connectdesk.ticket;

/**
 * Published, inside the transaction, for every line added to a ticket's timeline. Notifications,
 * metrics and audit listen to it rather than being drawn into the process models.
 *
 * @param actorId the person who made the change; {@code null} when the system did
 */
public record TicketChanged(String ticketId, Long customerId, LineKind kind, Long actorId) {
}

package io.connectdesk.ticket;

import java.time.Instant;

/**
 * A task in the SRE queue with the ticket it belongs to.
 *
 * @param dueAt the ticket's next service-level due time; {@code null} when none runs
 */
public record QueueItem(String taskId, TaskKind kind, String taskName, String assignee, Instant taskCreated,
		String ticketId, String url, String title, TicketType type, TicketStatus status, boolean urgent,
		String customer, Instant dueAt) {
}

package io.connectdesk.queue;

import java.time.Instant;

import io.connectdesk.ticket.TaskKind;
import io.connectdesk.ticket.TicketStatus;
import io.connectdesk.ticket.TicketType;

/**
 * A ticket in an SRE queue view, with its current lifecycle task when it has one that staff work
 * (review or fulfilment) to claim or give back from the queue.
 *
 * @param assignee the name of the staff member holding the ticket's task; {@code null} when nobody does
 * @param dueAt the ticket's next service-level due time; {@code null} when none runs
 * @param taskId the open review or fulfilment task; {@code null} when there is none (e.g. waiting on the customer)
 * @param taskAssignee who holds that task (their e-mail, the engine's user id)
 */
public record QueueItem(String ticketId, String url, String title, String customer, TicketType type, boolean urgent,
		TicketStatus status, String assignee, Instant dueAt, Instant escalatedAt, String taskId, TaskKind taskKind,
		String taskAssignee) {
}

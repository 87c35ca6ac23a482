package io.connectdesk.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A ticket at its URL: everything the caller may see of it. Internal notes are left out for
 * customer users.
 *
 * @param reopenableUntil when the reopen window ends; {@code null} unless resolved
 * @param tasks the open tasks the caller may act on
 * @param responseDueAt when the first response is due (service level); {@code null} before one is set
 * @param resolutionDueAt when the resolution is due (service level)
 * @param respondedAt when the ticket got its first response; {@code null} until then
 */
public record TicketDetail(String id, String url, TicketType type, String title, String description,
		TicketStatus status, boolean urgent, String customer, String requester, String requesterEmail,
		List<String> components, List<String> environments, List<String> cc, Instant createdAt, Instant updatedAt,
		Instant resolvedAt, Instant reopenableUntil, List<MessageView> conversation, List<TimelineEntry> timeline,
		List<TaskView> tasks, Instant responseDueAt, Instant resolutionDueAt, Instant respondedAt) {
}

package io.connectdesk.ticket;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A ticket at its URL: everything the caller may see of it. Internal notes are left out for
 * customer users.
 *
 * @param reopenableUntil when the reopen window ends; {@code null} unless resolved
 * @param tasks the open tasks the caller may act on
 * @param mruDelta the change to the customer's monthly MRU; {@code null} while not costed
 * @param monthlyMruAfter the customer's monthly MRU once fulfilled; {@code null} while not costed
 * @param items the catalog components asked for, one per component per environment, with parameters
 */
public record TicketDetail(String id, String url, TicketType type, String title, String description,
		TicketStatus status, boolean urgent, String customer, String requester, String requesterEmail,
		List<String> components, List<String> environments, List<String> cc, Instant createdAt, Instant updatedAt,
		Instant resolvedAt, Instant reopenableUntil, List<MessageView> conversation, List<TimelineEntry> timeline,
		List<TaskView> tasks, BigDecimal mruDelta, BigDecimal monthlyMruAfter,
		List<TicketItemView> items) {
}

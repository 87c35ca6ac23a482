package io.connectdesk.queue;

import io.connectdesk.catalog.ComponentCategory;
import io.connectdesk.ticket.TicketType;

/**
 * Which queue view, narrowed by customer, type and component category; {@code null}s do not narrow.
 *
 * @param category tickets with at least one component of that category
 */
public record QueueFilter(QueueView view, Long customerId, TicketType type, ComponentCategory category) {

	public QueueFilter {
		view = view == null ? QueueView.REVIEW : view;
	}

	public static QueueFilter of(QueueView view) {
		return new QueueFilter(view, null, null, null);
	}

}

package io.connectdesk.ticket;

/**
 * Which tickets a list shows. Every list is already limited to what the caller may see.
 *
 * @param status, type, urgent {@code null} for any
 */
public record TicketFilter(Scope scope, TicketStatus status, TicketType type, Boolean urgent) {

	public TicketFilter {
		scope = scope == null ? Scope.ORGANIZATION : scope;
	}

	public enum Scope {

		/** Tickets the caller filed. */
		MINE,
		/** Every ticket of the caller's organization; for staff, of every customer. */
		ORGANIZATION

	}

}

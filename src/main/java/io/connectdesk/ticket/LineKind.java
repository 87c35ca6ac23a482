package io.connectdesk.ticket;

/**
 * The kind of a line on a ticket's timeline. Each module that records lines owns its kinds, as an enum
 * that implements this interface in its own top-level package ({@link TimelineKind} is the ticket
 * module's own; {@link TimelineKinds} finds the others). A kind's {@link #name()} is what
 * {@code ticket_event.kind} stores and names its message {@code timeline.<name>} in the owning module's
 * bundle; names are unique across modules.
 */
public interface LineKind {

	/** The stored key: never rename it, rows of past years carry it. */
	String name();

	/**
	 * Whether only staff may see that it happened: customers do not learn that internal notes exist,
	 * nor whom the service called about their ticket.
	 */
	default boolean isInternal() {
		return false;
	}

}

package io.connectdesk.ticket;

import java.util.stream.Stream;

/**
 * Text of a ticket's conversation kept by another module (a text file's content, which the attachment
 * module stores with its secrets masked through {@link TicketSecrets#withoutSecrets}): the secrets its
 * references name are the ticket's too, for the page's list and a staff member's reveal. A port, because
 * those modules depend on tickets.
 */
public interface TicketTexts {

	/** @param withInternal whether texts only staff see count (internal notes' files) */
	Stream<String> texts(long ticketId, boolean withInternal);

}

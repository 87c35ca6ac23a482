package io.connectdesk.attachment;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import io.connectdesk.ticket.TicketTexts;

/**
 * The stored text files of a ticket ({@link TextFileSecrets} masked them): the secrets their references name
 * are the ticket's too, for the ticket page's list and a staff member's reveal. Internal files only for staff.
 */
@Component
class StoredTextFiles implements TicketTexts {

	private final AttachmentRows rows;

	private final AttachmentStore store;

	StoredTextFiles(AttachmentRows rows, AttachmentStore store) {
		this.rows = rows;
		this.store = store;
	}

	@Override
	public Stream<String> texts(long ticketId, boolean withInternal) {
		return this.rows.textFiles(ticketId, withInternal)
			.stream()
			.flatMap(id -> this.store.get(id).stream())
			.map(content -> new String(content, StandardCharsets.UTF_8));
	}

}

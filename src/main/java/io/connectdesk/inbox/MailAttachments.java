package io.connectdesk.inbox;

import java.util.List;

/**
 * Where a mail's files go once the mail became a reply or a ticket: a port, so that the attachment
 * store of the ticket conversation can take them (one adapter) without the mail reader knowing it.
 * Called in the transaction that adds the reply or files the ticket.
 */
interface MailAttachments {

	/** Keeps the files of one mail, sent by {@code from}, with the ticket. */
	void keep(String ticketId, String from, List<MailAttachment> files);

}

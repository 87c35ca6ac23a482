package io.connectdesk.inbox;

import java.util.List;

import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;
import io.connectdesk.filing.TicketFiling;
import io.connectdesk.notification.Notices;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.Reply;
import io.connectdesk.ticket.TicketContacts;
import io.connectdesk.ticket.TicketConversation;
import io.connectdesk.ticket.TicketQueries;
import io.connectdesk.ticket.TicketType;

/**
 * What a person's mail does, through the same paths as the pages: a reply goes through
 * {@link TicketConversation#reply} (so a requester's reply to a question answers it and the ticket
 * goes back to review), a new ticket through {@link TicketFiling#file} (whose filing notice is the
 * acknowledgement, with the ticket's id and link). Each throws a {@code DeskException} when the
 * mail may not do it, which the caller turns into a refusal.
 */
@Component
class MailActions {

	static final int BODY_LENGTH = 10000;

	private static final int TITLE_LENGTH = 200;

	private final TicketQueries tickets;

	private final TicketConversation conversation;

	private final TicketFiling filing;

	private final MailAuthors authors;

	private final MailAttachments attachments;

	private final Notices notices;

	MailActions(TicketQueries tickets, TicketConversation conversation, TicketFiling filing, MailAuthors authors,
			MailAttachments attachments, Notices notices) {
		this.tickets = tickets;
		this.conversation = conversation;
		this.filing = filing;
		this.authors = authors;
		this.attachments = attachments;
		this.notices = notices;
	}

	void reply(String ticketId, InboundMail mail) {
		TicketContacts ticket = this.tickets.contacts(ticketId);
		Caller author = this.authors.of(mail.from(), ticket)
			.orElseThrow(() -> new MailRefusedException("not-on-ticket", mail.from() + " may not write to " + ticketId));
		this.conversation.reply(ticket.id(), author, new Reply(body(mail), false));
		this.attachments.keep(ticket.id(), mail.from(), mail.attachments());
	}

	/** @return the new ticket's id */
	String file(InboundMail mail) {
		Caller filer = this.authors.filer(mail.from())
			.orElseThrow(() -> new MailRefusedException("not-a-contract-address", mail.from() + " may not file by mail"));
		String title = mail.subject() == null || mail.subject().isBlank() ? "(" + mail.from() + ")" : mail.subject().strip();
		FileTicket request = new FileTicket(TicketType.QUESTION, shortened(title, TITLE_LENGTH), body(mail), List.of(),
				List.of(), List.of(), false);
		String ticketId = this.filing.file(request, filer, null).ticketId();
		this.attachments.keep(ticketId, mail.from(), mail.attachments());
		return ticketId;
	}

	/** Tells the sender politely that the mail changed nothing; @return whether there was someone to tell */
	boolean refuse(InboundMail mail, String ticketId, String code) {
		if (mail.from() == null) {
			return false;
		}
		String key = "ticket-closed".equals(code) ? "inbox.closed" : "inbox.refused";
		String subject = mail.subject() == null ? "" : mail.subject();
		// No ticket on the notice: its reply address is for the people on the ticket.
		this.notices.send(null, null, mail.from(), key, new Object[] { shortened(subject, TITLE_LENGTH),
				ticketId == null ? "" : ticketId }, "/");
		return true;
	}

	/** The reply's own words; a mail that only carried files says so with their names. */
	private static String body(InboundMail mail) {
		String text = QuotedText.stripped(mail.text());
		if (text.isBlank()) {
			text = mail.attachments().isEmpty() ? "(" + mail.subject() + ")"
					: String.join(", ", mail.attachments().stream().map(MailAttachment::fileName).toList());
		}
		return shortened(text, BODY_LENGTH);
	}

	private static String shortened(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}

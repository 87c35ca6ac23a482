package io.connectdesk.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.ticket.TicketContacts;
import io.connectdesk.ticket.TicketQueries;
import io.connectdesk.ticket.LineKind;

/**
 * Notices to the service's own people about a ticket (the on-call engineer, the experts): one outbox
 * row per recipient, rendered (by the sender, in their language) from {@code notice.<kind>.*} like the
 * customers' notices and sent by the same outbox; written in the caller's transaction.
 */
@Service
@Transactional
public class StaffNotices {

	private final Clock clock = Clock.systemUTC();

	private final TicketQueries tickets;

	private final OutboxNoticeRepository outbox;

	StaffNotices(TicketQueries tickets, OutboxNoticeRepository outbox) {
		this.tickets = tickets;
		this.outbox = outbox;
	}

	/** Queues the notice of that kind about the ticket for each recipient (each address once). */
	public void send(String ticketKey, LineKind kind, Collection<String> recipients) {
		TicketContacts ticket = this.tickets.contacts(ticketKey);
		Set<String> unique = new LinkedHashSet<>();
		recipients.forEach(recipient -> unique.add(recipient.toLowerCase(Locale.ROOT)));
		NoticeContent content = NoticeContent.ofChange(kind, ticket.id(), ticket.title(), ticket.url());
		for (String recipient : unique) {
			this.outbox.save(new OutboxNotice(ticket.id(), recipient, content, this.clock.instant()));
		}
	}

}

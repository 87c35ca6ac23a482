package io.connectdesk.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.identity.Accounts;
import io.connectdesk.ticket.TicketContacts;
import io.connectdesk.ticket.TicketQueries;
import io.connectdesk.ticket.TimelineKind;

/**
 * Notices to the service's own people about a ticket (the on-call engineer, the experts): one outbox
 * row per recipient, in their language, rendered from {@code notice.<kind>.*} like the customers'
 * notices and sent by the same outbox, in the caller's transaction.
 */
@Service
@Transactional
public class StaffNotices {

	private final Clock clock = Clock.systemUTC();

	private final TicketQueries tickets;

	private final Accounts accounts;

	private final NoticeRenderer renderer;

	private final OutboxNoticeRepository outbox;

	StaffNotices(TicketQueries tickets, Accounts accounts, NoticeRenderer renderer, OutboxNoticeRepository outbox) {
		this.tickets = tickets;
		this.accounts = accounts;
		this.renderer = renderer;
		this.outbox = outbox;
	}

	/** Queues the notice of that kind about the ticket for each recipient (each address once). */
	public void send(String ticketKey, TimelineKind kind, Collection<String> recipients) {
		TicketContacts ticket = this.tickets.contacts(ticketKey);
		Set<String> unique = new LinkedHashSet<>();
		recipients.forEach(recipient -> unique.add(recipient.toLowerCase(Locale.ROOT)));
		for (String recipient : unique) {
			Locale locale = this.accounts.localeOf(recipient)
				.filter(found -> "es".equals(found.getLanguage()))
				.map(found -> Locale.forLanguageTag("es"))
				.orElse(Locale.ENGLISH);
			this.outbox.save(new OutboxNotice(ticket.id(), kind, recipient, locale,
					this.renderer.render(kind, ticket, locale), this.clock.instant()));
		}
	}

}

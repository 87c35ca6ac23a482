package io.connectdesk.notification;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.ticket.TicketChanged;
import io.connectdesk.ticket.TicketContacts;
import io.connectdesk.ticket.TicketQueries;
import io.connectdesk.ticket.TimelineKind;

/**
 * Turns a ticket change the requester and CC parties should hear about into one outbox row per
 * recipient. It runs inside the transaction of the change: the notices exist exactly when the change
 * committed. It stores what to say; the sender renders it in the recipient's language, after the
 * commit, so a filing neither looks up languages nor runs a template engine.
 */
@Component
class NoticeWriter {

	/** The changes that make a notice. */
	static final Set<TimelineKind> NOTICED = EnumSet.of(TimelineKind.FILED, TimelineKind.QUESTION_ASKED,
			TimelineKind.ACCEPTED, TimelineKind.REJECTED, TimelineKind.RESOLVED, TimelineKind.CLOSED,
			TimelineKind.URGENT_REFUSED, TimelineKind.DOWNGRADED);

	/** The outbox keeps technical time, not the application's (which tests move with the engine's). */
	private final Clock clock = Clock.systemUTC();

	private final TicketQueries tickets;

	private final OutboxNoticeRepository outbox;

	NoticeWriter(TicketQueries tickets, OutboxNoticeRepository outbox) {
		this.tickets = tickets;
		this.outbox = outbox;
	}

	@EventListener
	void on(TicketChanged change) {
		if (!NOTICED.contains(change.kind())) {
			return;
		}
		TicketContacts ticket = this.tickets.contacts(change.ticketId());
		NoticeContent content = NoticeContent.ofChange(change.kind(), ticket.id(), ticket.title(), ticket.url());
		for (String recipient : recipients(ticket)) {
			this.outbox.save(new OutboxNotice(ticket.id(), recipient, content, this.clock.instant()));
		}
	}

	/** The requester, then the CC parties; each address once. */
	private static Set<String> recipients(TicketContacts ticket) {
		Set<String> recipients = new LinkedHashSet<>();
		recipients.add(ticket.requesterEmail().toLowerCase(Locale.ROOT));
		ticket.cc().forEach(cc -> recipients.add(cc.toLowerCase(Locale.ROOT)));
		return recipients;
	}

}

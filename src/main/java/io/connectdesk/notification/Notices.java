package io.connectdesk.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.stereotype.Service;

import io.connectdesk.ticket.LineKind;

/**
 * Notices that a feature addresses itself, to people other than the requester and CC parties (the
 * approvers of a cost change), or with text the ticket change alone does not carry (a rejection's
 * reason). Written to the outbox in the caller's transaction, like {@link NoticeWriter}'s.
 */
@Service
public class Notices {

	private final Clock clock = Clock.systemUTC();

	private final OutboxNoticeRepository outbox;

	Notices(OutboxNoticeRepository outbox) {
		this.outbox = outbox;
	}

	/**
	 * One mail to one person, in their language, from the messages {@code <messageKey>.subject},
	 * {@code .body}, {@code .link} and {@code .signature}, each given the arguments.
	 * @param arguments written as text: the sender renders the mail later
	 * @param link where the mail points: a path of the portal (its query included)
	 */
	public void send(String ticketId, LineKind kind, String recipient, String messageKey, Object[] arguments,
			String link) {
		NoticeContent content = new NoticeContent(kind == null ? null : kind.name(), messageKey,
				Arrays.stream(arguments).map(String::valueOf).toList(), link);
		this.outbox.save(new OutboxNotice(ticketId, recipient.toLowerCase(Locale.ROOT), content, this.clock.instant()));
	}

}

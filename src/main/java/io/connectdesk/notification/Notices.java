package io.connectdesk.notification;

import java.time.Clock;
import java.util.Locale;

import org.springframework.stereotype.Service;

import io.connectdesk.identity.Accounts;
import io.connectdesk.ticket.TimelineKind;

/**
 * Notices that a feature addresses itself, to people other than the requester and CC parties (the
 * approvers of a cost change), or with text the ticket change alone does not carry (a rejection's
 * reason). Written to the outbox in the caller's transaction, like {@link NoticeWriter}'s.
 */
@Service
public class Notices {

	private final Clock clock = Clock.systemUTC();

	private final Accounts accounts;

	private final NoticeRenderer renderer;

	private final OutboxNoticeRepository outbox;

	Notices(Accounts accounts, NoticeRenderer renderer, OutboxNoticeRepository outbox) {
		this.accounts = accounts;
		this.renderer = renderer;
		this.outbox = outbox;
	}

	/**
	 * One mail to one person, in their language, from the messages {@code <messageKey>.subject},
	 * {@code .body}, {@code .link} and {@code .signature}, each given the arguments.
	 * @param link where the mail points: a path of the portal (its query included)
	 */
	public void send(String ticketId, TimelineKind kind, String recipient, String messageKey, Object[] arguments,
			String link) {
		String address = recipient.toLowerCase(Locale.ROOT);
		Locale locale = languageOf(address);
		this.outbox.save(new OutboxNotice(ticketId, kind, address, locale,
				this.renderer.renderMessage(messageKey, arguments, link, locale), this.clock.instant()));
	}

	/** Spanish for those whose account says so; English for everyone else. */
	private Locale languageOf(String email) {
		return this.accounts.localeOf(email)
			.filter(locale -> "es".equals(locale.getLanguage()))
			.map(locale -> Locale.forLanguageTag("es"))
			.orElse(Locale.ENGLISH);
	}

}

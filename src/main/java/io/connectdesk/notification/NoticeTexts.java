package io.connectdesk.notification;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.ticket.LineKind;
import io.connectdesk.ticket.TimelineKinds;

/**
 * The notices about a ticket as they are (or will be) mailed: each outbox row rendered in its
 * recipient's language, as the sender renders it. The outbox itself keeps only what to say.
 */
@Service
public class NoticeTexts {

	private final OutboxNoticeRepository outbox;

	private final NoticeRenderer renderer;

	private final NoticeLanguage language;

	private final TimelineKinds kinds;

	NoticeTexts(OutboxNoticeRepository outbox, NoticeRenderer renderer, NoticeLanguage language, TimelineKinds kinds) {
		this.outbox = outbox;
		this.kinds = kinds;
		this.renderer = renderer;
		this.language = language;
	}

	/** The ticket's notices, oldest first. */
	@Transactional(readOnly = true)
	public List<NoticeText> of(String ticketId) {
		return this.outbox.findByTicketIdOrderByCreatedAtAscIdAsc(ticketId).stream().map(notice -> {
			RenderedMail mail = notice.mail(this.renderer, this.language.of(notice.getRecipient()));
			return new NoticeText(notice.getKind() == null ? null : this.kinds.of(notice.getKind()), notice.getRecipient(), mail.subject(), mail.body());
		}).toList();
	}

	/** One notice as mailed. */
	public record NoticeText(LineKind kind, String recipient, String subject, String body) {
	}

}

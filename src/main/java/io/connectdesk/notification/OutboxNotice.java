package io.connectdesk.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;


/**
 * One mail to one recipient, written in the transaction of the ticket change it tells of: what it
 * says (kind or message key, arguments, link), rendered by the sender in the recipient's language.
 * Rows written before that carry their rendered subject and body instead.
 */
@Entity
@Table(name = "notice_outbox")
class OutboxNotice {

	/** The length of {@code notice_outbox.last_error}. */
	static final int ERROR_LENGTH = 1000;

	/** From a sequence in blocks of 50, so that the insert waits for the flush and goes in a batch (V72). */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_outbox_seq")
	@SequenceGenerator(name = "notice_outbox_seq", sequenceName = "notice_outbox_seq", allocationSize = 50)
	private Long id;

	private String ticketId;

	/** The name of the change's {@code LineKind}; {@code null} for a feature's own notice. */
	private String kind;

	private String recipient;

	private String locale;

	private String subject;

	private String body;

	private String messageKey;

	@Convert(converter = ArgumentsConverter.class)
	private List<String> arguments;

	private String link;

	@Enumerated(EnumType.STRING)
	private NoticeStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant createdAt;

	private Instant sentAt;

	private String lastError;

	/** The token of the sender's claim that last took this notice ({@link OutboxNoticeRepository#claimAll}). */
	private String claimToken;

	protected OutboxNotice() {
	}

	OutboxNotice(String ticketId, String recipient, NoticeContent content, Instant now) {
		this.ticketId = ticketId;
		this.kind = content.kind();
		this.recipient = recipient;
		this.messageKey = content.messageKey();
		this.arguments = content.arguments();
		this.link = content.link();
		this.status = NoticeStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getTicketId() {
		return this.ticketId;
	}

	String getKind() {
		return this.kind;
	}

	String getRecipient() {
		return this.recipient;
	}

	/** The mail in the recipient's language; a row written before rendering moved to the sender keeps its own. */
	RenderedMail mail(NoticeRenderer renderer, Locale locale) {
		if (this.subject != null && this.body != null) {
			return new RenderedMail(this.subject, this.body);
		}
		return renderer.render(new NoticeContent(this.kind, this.messageKey, this.arguments, this.link), locale);
	}

	NoticeStatus getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}

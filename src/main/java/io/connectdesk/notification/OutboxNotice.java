package io.connectdesk.notification;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.connectdesk.ticket.TimelineKind;

/** One rendered mail to one recipient, written in the transaction of the ticket change it tells of. */
@Entity
@Table(name = "notice_outbox")
class OutboxNotice {

	/** The length of {@code notice_outbox.last_error}. */
	static final int ERROR_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String ticketId;

	@Enumerated(EnumType.STRING)
	private TimelineKind kind;

	private String recipient;

	private String locale;

	private String subject;

	private String body;

	@Enumerated(EnumType.STRING)
	private NoticeStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant createdAt;

	private Instant sentAt;

	private String lastError;

	protected OutboxNotice() {
	}

	OutboxNotice(String ticketId, TimelineKind kind, String recipient, Locale locale, RenderedMail mail, Instant now) {
		this.ticketId = ticketId;
		this.kind = kind;
		this.recipient = recipient;
		this.locale = locale.toLanguageTag();
		this.subject = mail.subject();
		this.body = mail.body();
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

	TimelineKind getKind() {
		return this.kind;
	}

	String getRecipient() {
		return this.recipient;
	}

	String getSubject() {
		return this.subject;
	}

	String getBody() {
		return this.body;
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

package io.connectdesk.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMailMessage;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due notices from the outbox, after the transactions that wrote them committed, a batch at a
 * time. A batch is claimed first, in one transaction (one conditional update for the batch that marks
 * the rows it took with a random token; for each notice only one instance wins, on H2 and PostgreSQL
 * alike: the row lock serializes two claims and the loser's condition no longer holds for that row),
 * rendered in each recipient's language (looked up once per batch), sent outside any transaction
 * over one SMTP connection, then marked: the mails the server took as sent, in one transaction; each
 * one it refused, or that could not be rendered, rescheduled on its own with a doubling wait. A
 * connection that fails leaves the unsent ones to a later run in the same way. A sender that dies
 * leaves its claims to expire after the lease. Delivery is at least once: only an instance that dies
 * between the mail server's answer and the mark leaves notices to be sent again.
 */
@Component
class NoticeSender {

	private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);

	private final Clock clock = Clock.systemUTC();

	private final OutboxNoticeRepository outbox;

	private final NoticeRenderer renderer;

	private final NoticeLanguage language;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate transaction;

	private final NoticeSettings settings;

	private final NoticeMetrics metrics;

	private final AtomicBoolean toldNoMailServer = new AtomicBoolean();

	private final ReplyAddresses replyAddresses;

	NoticeSender(OutboxNoticeRepository outbox, NoticeRenderer renderer, NoticeLanguage language,
			ObjectProvider<JavaMailSender> mailSender, PlatformTransactionManager transactionManager,
			NoticeSettings settings, NoticeMetrics metrics, ReplyAddresses replyAddresses) {
		this.replyAddresses = replyAddresses;
		this.outbox = outbox;
		this.renderer = renderer;
		this.language = language;
		this.mailSender = mailSender;
		this.transaction = new TransactionTemplate(transactionManager);
		this.settings = settings;
		this.metrics = metrics;
	}

	@Scheduled(fixedDelayString = "${connectdesk.notice.send-interval:PT2S}",
			initialDelayString = "${connectdesk.notice.send-interval:PT2S}")
	void sendDue() {
		JavaMailSender mail = this.mailSender.getIfAvailable();
		if (mail == null) {
			if (this.toldNoMailServer.compareAndSet(false, true)) {
				log.warn("No mail server configured (spring.mail.host): notices wait in the outbox");
			}
			return;
		}
		// A full batch means more are due: keep going (a batch per interval would cap delivery at batch-size per interval).
		List<Long> due;
		do {
			due = this.outbox.findDue(NoticeStatus.PENDING, this.clock.instant(), Limit.of(this.settings.batchSize()));
			List<OutboxNotice> claimed = claim(due);
			if (!claimed.isEmpty()) {
				send(claimed, mail);
			}
		}
		while (due.size() == this.settings.batchSize());
		this.metrics.pending(this.outbox.countByStatus(NoticeStatus.PENDING));
	}

	/**
	 * The due notices this instance got, claimed in one update and read back by the claim's token; those
	 * another instance claimed first are left out.
	 */
	private List<OutboxNotice> claim(List<Long> due) {
		if (due.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		Instant leaseUntil = now.plus(this.settings.lease());
		String token = UUID.randomUUID().toString();
		return this.transaction.execute(status -> {
			int claimed = this.outbox.claimAll(due, NoticeStatus.PENDING.name(), now, leaseUntil, token);
			return claimed == 0 ? List.<OutboxNotice>of() : this.outbox.findClaimed(due, token);
		});
	}

	private void send(List<OutboxNotice> claimed, JavaMailSender mail) {
		List<Outgoing> batch = new ArrayList<>();
		NoticeLanguage.Languages languages = this.language.of(claimed.stream().map(OutboxNotice::getRecipient).toList());
		for (OutboxNotice notice : claimed) {
			try {
				batch.add(new Outgoing(notice, message(notice, languages.of(notice.getRecipient()), mail)));
			}
			catch (RuntimeException ex) {
				failed(notice, ex);
			}
		}
		batch.sort(Comparator.comparing(outgoing -> outgoing.notice().getId()));
		Map<MimeMessage, Exception> refused = MailBatch.send(mail, batch.stream().map(Outgoing::message).toList());
		List<Long> sent = new ArrayList<>();
		for (Outgoing outgoing : batch) {
			Exception refusal = refused.get(outgoing.message());
			if (refusal == null) {
				sent.add(outgoing.notice().getId());
			}
			else {
				failed(outgoing.notice(), refusal);
			}
		}
		if (!sent.isEmpty()) {
			this.transaction.executeWithoutResult(status -> this.outbox.markSent(sent, NoticeStatus.SENT, this.clock.instant()));
			this.metrics.sent(sent.size());
		}
	}

	private void failed(OutboxNotice notice, Exception ex) {
		Instant now = this.clock.instant();
		String error = shortened(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		this.metrics.failedAttempt();
		if (Duration.between(notice.getCreatedAt(), now).compareTo(this.settings.maxAge()) > 0) {
			log.error("Giving up notice {} to {} after {} attempts: {}", notice.getId(), notice.getRecipient(),
					notice.getAttempts(), error);
			this.transaction.executeWithoutResult(status -> this.outbox.giveUp(notice.getId(), NoticeStatus.GIVEN_UP, error));
			this.metrics.givenUp();
			return;
		}
		Instant next = now.plus(this.settings.backoff(notice.getAttempts()));
		log.warn("Notice {} to {} not sent (attempt {}), next at {}: {}", notice.getId(), notice.getRecipient(),
				notice.getAttempts(), next, error);
		this.transaction.executeWithoutResult(status -> this.outbox.reschedule(notice.getId(), next, error));
	}

	/**
	 * The notice rendered in its recipient's language, as a mail of the given sender's session. A
	 * ticket's notice is answered to the ticket's signed reply address; every notice says it was sent
	 * automatically, so that auto-responders do not answer it (RFC 3834).
	 */
	private MimeMessage message(OutboxNotice notice, Locale language, JavaMailSender mail) {
		RenderedMail rendered = notice.mail(this.renderer, language);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.from());
		message.setTo(notice.getRecipient());
		message.setSubject(rendered.subject());
		message.setText(rendered.body());
		if (notice.getTicketId() != null) {
			this.replyAddresses.forTicket(notice.getTicketId()).ifPresent(message::setReplyTo);
		}
		MimeMailMessage mime = new MimeMailMessage(mail.createMimeMessage());
		message.copyTo(mime);
		try {
			mime.getMimeMessage().setHeader("Auto-Submitted", "auto-generated");
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		return mime.getMimeMessage();
	}

	private static String shortened(String text) {
		return text.length() <= OutboxNotice.ERROR_LENGTH ? text : text.substring(0, OutboxNotice.ERROR_LENGTH);
	}

	/** A claimed notice and its mail, on their way to the server. */
	private record Outgoing(OutboxNotice notice, MimeMessage message) {
	}

}

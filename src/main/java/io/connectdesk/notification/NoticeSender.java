package io.connectdesk.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due notices from the outbox, after the transactions that wrote them committed. Each notice
 * is claimed first (a conditional update only one instance wins, on H2 and PostgreSQL alike: the row
 * lock serializes two claims and the loser's condition no longer holds), rendered in the recipient's
 * language, sent outside any transaction, then marked sent or rescheduled with a doubling wait. A
 * sender that dies leaves its claim to expire after the lease. Delivery is at least once: only an
 * instance that dies between the mail server's answer and the mark leaves a notice to be sent again.
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

	NoticeSender(OutboxNoticeRepository outbox, NoticeRenderer renderer, NoticeLanguage language,
			ObjectProvider<JavaMailSender> mailSender, PlatformTransactionManager transactionManager,
			NoticeSettings settings, NoticeMetrics metrics) {
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
			for (Long id : due) {
				if (claim(id)) {
					send(id, mail);
				}
			}
		}
		while (due.size() == this.settings.batchSize());
		this.metrics.pending(this.outbox.countByStatus(NoticeStatus.PENDING));
	}

	private boolean claim(Long id) {
		Instant now = this.clock.instant();
		Integer claimed = this.transaction
			.execute(status -> this.outbox.claim(id, NoticeStatus.PENDING, now, now.plus(this.settings.lease())));
		return claimed != null && claimed == 1;
	}

	private void send(Long id, JavaMailSender mail) {
		OutboxNotice notice = this.outbox.findById(id).orElseThrow();
		try {
			mail.send(message(notice, notice.mail(this.renderer, this.language.of(notice.getRecipient()))));
		}
		catch (RuntimeException ex) {
			failed(notice, ex);
			return;
		}
		this.transaction.executeWithoutResult(status -> this.outbox.markSent(id, NoticeStatus.SENT, this.clock.instant()));
		this.metrics.sent();
	}

	private void failed(OutboxNotice notice, RuntimeException ex) {
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

	private SimpleMailMessage message(OutboxNotice notice, RenderedMail mail) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.from());
		message.setTo(notice.getRecipient());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		return message;
	}

	private static String shortened(String text) {
		return text.length() <= OutboxNotice.ERROR_LENGTH ? text : text.substring(0, OutboxNotice.ERROR_LENGTH);
	}

}

package io.connectdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.connectdesk.journey.ApiTestSupport;
import io.connectdesk.journey.EmbeddedPostgresDatabase;
import io.connectdesk.ticket.TimelineKind;

/**
 * Several nodes run the outbox sender on one PostgreSQL (issue 11): two senders at once mail each
 * notice exactly once, and a notice claimed by a sender that died goes out once its claim expires.
 * The application's own scheduled sender waits an hour, so only the two senders of the test send.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestExecutionListeners(listeners = EmbeddedPostgresDatabase.Stop.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class OutboxSendersOnPostgresTest extends ApiTestSupport {

	private static final int SMTP_PORT = SmtpTestSupport.freePort();

	private static final int NOTICES = 120;

	private static GreenMail mailServer;

	@Autowired
	private OutboxNoticeRepository outbox;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@DynamicPropertySource
	static void postgresAndMailServer(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("connectdesk.notice.send-interval", () -> "PT1H");
		registry.add("connectdesk.notice.batch-size", () -> "10");
	}

	@BeforeAll
	static void mailServerRuns() {
		mailServer = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mailServer.start();
	}

	@AfterAll
	static void mailServerStops() {
		mailServer.stop();
	}

	@Test
	void twoSendersAtOnceMailEachNoticeOnce() throws Exception {
		mailServer.purgeEmailFromAllMailboxes();
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < NOTICES; i++) {
			String recipient = "twice-" + i + "@senders.example.test";
			recipients.add(recipient);
			this.outbox.save(new OutboxNotice("REQ-" + i, recipient,
					NoticeContent.ofChange(TimelineKind.FILED, "REQ-" + i, "Once", "/tickets/REQ-" + i), Instant.now()));
		}
		NoticeSender first = sender();
		NoticeSender second = sender();
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = List.of(nodes.submit(() -> sendTogether(first, together)),
					nodes.submit(() -> sendTogether(second, together)));
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			nodes.shutdownNow();
		}

		Map<String, Long> mailsPerRecipient = Arrays.stream(mailServer.getReceivedMessages())
			.map(SmtpTestSupport::recipient)
			.filter(recipient -> recipient.startsWith("twice-"))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(mailsPerRecipient).hasSize(NOTICES).containsOnlyKeys(recipients);
		assertThat(mailsPerRecipient.values()).as("mails per notice").containsOnly(1L);
	}

	@Test
	void aNoticeClaimedByASenderThatDiedGoesOutOnceTheClaimExpires() throws Exception {
		mailServer.purgeEmailFromAllMailboxes();
		OutboxNotice notice = this.outbox.save(new OutboxNotice("REQ-9", "orphan@senders.example.test",
				NoticeContent.ofChange(TimelineKind.FILED, "REQ-9", "Orphan", "/tickets/REQ-9"), Instant.now()));
		Instant now = Instant.now();
		Integer claimed = new TransactionTemplate(this.transactionManager).execute(status -> this.outbox
			.claim(notice.getId(), NoticeStatus.PENDING, now, now.plus(Duration.ofSeconds(2))));
		assertThat(claimed).as("the dead sender's claim").isOne();

		NoticeSender survivor = sender();
		survivor.sendDue();
		assertThat(mailServer.getReceivedMessages()).as("claimed by the dead sender").isEmpty();

		Thread.sleep(2_100);
		survivor.sendDue();
		assertThat(mailServer.getReceivedMessages()).extracting(SmtpTestSupport::recipient)
			.containsExactly("orphan@senders.example.test");
		assertThat(this.outbox.findById(notice.getId()).orElseThrow().getStatus()).isEqualTo(NoticeStatus.SENT);
	}

	/** Another node's sender: its own instance on the same database and mail server. */
	private NoticeSender sender() {
		return new NoticeSender(this.outbox, this.context.getBean(NoticeRenderer.class),
				this.context.getBean(NoticeLanguage.class), this.context.getBeanProvider(JavaMailSender.class),
				this.transactionManager, this.context.getBean(NoticeSettings.class), this.context.getBean(NoticeMetrics.class),
				this.context.getBean(ReplyAddresses.class));
	}

	/** Both senders start at once and run until nothing is due. */
	private Void sendTogether(NoticeSender sender, CyclicBarrier together) throws Exception {
		together.await();
		for (int round = 0; round < 20 && this.outbox.countByStatus(NoticeStatus.PENDING) > 0; round++) {
			sender.sendDue();
		}
		return null;
	}

}

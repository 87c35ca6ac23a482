package io.connectdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.connectdesk.journey.ApiTestSupport;
import io.connectdesk.ticket.TimelineKind;

/**
 * The outbox sender mails a batch of notices over one SMTP connection to a real mail server
 * (GreenMail, reached through a relay that counts connections), each notice once; a mail the server
 * refuses is rescheduled on its own and does not stop the others. The scheduled sender waits an
 * hour: the tests run the sender themselves.
 */
@DirtiesContext
class NoticeBatchesTest extends ApiTestSupport {

	private static final int SMTP_PORT = SmtpTestSupport.freePort();

	private static final int BATCH_SIZE = 50;

	/** GreenMail cannot store mail for this address (its login belongs to another mailbox): it answers 451. */
	private static final String REFUSED = "refused@batches.example.test";

	private static GreenMail mailServer;

	private static final CountingRelay relay = new CountingRelay(SMTP_PORT);

	@Autowired
	private NoticeSender sender;

	@Autowired
	private OutboxNoticeRepository outbox;

	@DynamicPropertySource
	static void mailServerThroughTheRelay(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> relay.port());
		registry.add("connectdesk.notice.send-interval", () -> "PT1H");
		registry.add("connectdesk.notice.batch-size", () -> BATCH_SIZE);
	}

	@BeforeAll
	static void mailServerRuns() {
		mailServer = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mailServer.start();
		mailServer.setUser("someone-else@batches.example.test", REFUSED, "secret");
	}

	@AfterAll
	static void mailServerStops() throws IOException {
		relay.close();
		mailServer.stop();
	}

	@BeforeEach
	void nothingSentYet() throws Exception {
		mailServer.purgeEmailFromAllMailboxes();
		relay.reset();
	}

	@Test
	void manyNoticesGoOutOverOneSmtpConnectionPerBatchEachOnce() {
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < 2 * BATCH_SIZE + 20; i++) {
			recipients.add(notice("REQ-M", "many-" + i + "@batches.example.test").getRecipient());
		}

		this.sender.sendDue();

		assertThat(mailsPerRecipient("many-")).containsOnlyKeys(recipients).allSatisfy((recipient, mails) -> assertThat(mails)
			.as("mails to " + recipient).isOne());
		assertThat(relay.connections()).as("SMTP connections for 3 batches of up to 50").isEqualTo(3);
		assertThat(this.outbox.countByStatus(NoticeStatus.PENDING)).isZero();
	}

	@Test
	void aMailTheServerRefusesIsRetriedAloneAndDoesNotStopTheBatch() {
		List<String> others = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			others.add(notice("REQ-R", "before-" + i + "@batches.example.test").getRecipient());
		}
		OutboxNotice refused = notice("REQ-R", REFUSED);
		for (int i = 0; i < 4; i++) {
			others.add(notice("REQ-R", "after-" + i + "@batches.example.test").getRecipient());
		}

		this.sender.sendDue();

		Map<String, Long> delivered = mailsPerRecipient("");
		assertThat(delivered).containsOnlyKeys(others).allSatisfy((recipient, mails) -> assertThat(mails).isOne());
		assertThat(relay.connections()).isOne();
		OutboxNotice retried = this.outbox.findById(refused.getId()).orElseThrow();
		assertThat(retried.getStatus()).isEqualTo(NoticeStatus.PENDING);
		assertThat(retried.getAttempts()).isOne();
		assertThat(this.outbox.findByTicketIdOrderById("REQ-R")).extracting(OutboxNotice::getStatus)
			.containsExactly(NoticeStatus.SENT, NoticeStatus.SENT, NoticeStatus.SENT, NoticeStatus.SENT,
					NoticeStatus.PENDING, NoticeStatus.SENT, NoticeStatus.SENT, NoticeStatus.SENT, NoticeStatus.SENT);

		this.sender.sendDue();
		assertThat(mailsPerRecipient("")).as("nothing sent twice").isEqualTo(delivered);
	}

	private OutboxNotice notice(String ticketId, String recipient) {
		return this.outbox.save(new OutboxNotice(ticketId, recipient,
				NoticeContent.ofChange(TimelineKind.FILED, ticketId, "Batched", "/tickets/" + ticketId), Instant.now()));
	}

	private static Map<String, Long> mailsPerRecipient(String prefix) {
		return Arrays.stream(mailServer.getReceivedMessages())
			.map(SmtpTestSupport::recipient)
			.filter(recipient -> recipient.startsWith(prefix))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

}

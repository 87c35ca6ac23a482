package io.connectdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.connectdesk.bench.CountersConfiguration;
import io.connectdesk.bench.SqlStatementCounter;
import io.connectdesk.journey.ApiTestSupport;
import io.connectdesk.ticket.TimelineKind;

/**
 * The outbox sender mails a batch of notices over one SMTP connection to a real mail server
 * (GreenMail, reached through a relay that counts connections), each notice once; a mail the server
 * refuses is rescheduled on its own and does not stop the others. The scheduled sender waits an
 * hour: the tests run the sender themselves.
 */
@DirtiesContext
@Import(CountersConfiguration.class)
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

	@Autowired
	private JdbcTemplate jdbc;

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
		assertThat(this.outbox.findByTicketIdOrderByCreatedAtAscIdAsc("REQ-R")).extracting(OutboxNotice::getStatus)
			.containsExactly(NoticeStatus.SENT, NoticeStatus.SENT, NoticeStatus.SENT, NoticeStatus.SENT,
					NoticeStatus.PENDING, NoticeStatus.SENT, NoticeStatus.SENT, NoticeStatus.SENT, NoticeStatus.SENT);

		this.sender.sendDue();
		assertThat(mailsPerRecipient("")).as("nothing sent twice").isEqualTo(delivered);
	}

	/**
	 * The sender's two statements on the outbox, planned by H2 on a small outbox (where it chose the due index for the
	 * claim, and then walked every due notice for each batch of a backlog): the due batch is read from the due index in
	 * its order, without sorting every due notice, and the claim finds its rows by their ids.
	 */
	@Test
	void theSenderReadsOnlyItsBatchFromTheDueIndexAndClaimsItByIds() {
		for (int i = 0; i < 3; i++) {
			notice("REQ-P", "plan-" + i + "@batches.example.test");
		}
		SqlStatementCounter.startTrace();
		this.sender.sendDue();
		List<String> statements = SqlStatementCounter.stopTrace();

		String findDue = statements.stream().filter(sql -> sql.startsWith("select") && sql.contains("next_attempt_at<=?"))
			.findFirst().orElseThrow();
		String claim = statements.stream().filter(sql -> sql.startsWith("update notice_outbox") && sql.contains("claim_token=?"))
			.findFirst().orElseThrow();
		assertThat(plan(findDue)).contains("NOTICE_OUTBOX_DUE_IDX", "/* index sorted */");
		assertThat(plan(claim)).contains("PRIMARY_KEY").doesNotContain("NOTICE_OUTBOX_DUE_IDX");
	}

	/** H2's plan of the statement, its parameters bound to values of their types. */
	private String plan(String sql) {
		return this.jdbc.execute((ConnectionCallback<String>) (Connection connection) -> {
			try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
				ParameterMetaData parameters = explain.getParameterMetaData();
				for (int i = 1; i <= parameters.getParameterCount(); i++) {
					int type = parameters.getParameterType(i);
					explain.setObject(i, type == Types.VARCHAR ? "PENDING" : type == Types.TIMESTAMP_WITH_TIMEZONE
							? OffsetDateTime.now() : (Object) 1L);
				}
				try (ResultSet plan = explain.executeQuery()) {
					plan.next();
					return plan.getString(1);
				}
			}
		});
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

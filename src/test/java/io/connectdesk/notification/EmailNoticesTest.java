package io.connectdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;

import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;
import io.connectdesk.ticket.TimelineKind;

/**
 * Requesters and CC parties hear of their tickets by e-mail, in their own language, from a real SMTP
 * server (GreenMail); a mail server that is down delays a notice but never fails a ticket action.
 */
@DirtiesContext
class EmailNoticesTest extends ApiTestSupport {

	private static final int SMTP_PORT = freePort();

	private static final Duration DELIVERY = Duration.ofSeconds(15);

	private static GreenMail mailServer;

	@Autowired
	private OutboxNoticeRepository outbox;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private Long customer;

	private String requesterEmail;

	private ApiClient requester;

	private ApiClient sre;

	@DynamicPropertySource
	static void mailServerAndQuickRetries(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("connectdesk.notice.base-url", () -> "https://desk.example.test/");
		registry.add("connectdesk.notice.send-interval", () -> "PT0.2S");
		registry.add("connectdesk.notice.first-retry", () -> "PT0.5S");
		registry.add("connectdesk.notice.max-retry", () -> "PT1S");
	}

	@BeforeAll
	static void mailServerRuns() {
		mailServer = startedMailServer();
	}

	@AfterAll
	static void mailServerStops() {
		mailServer.stop();
	}

	@BeforeEach
	void people() {
		this.customer = newCustomer("Noticed");
		this.requesterEmail = newPerson("Rosa", this.customer, Locale.forLanguageTag("es"), Role.REQUESTER);
		this.requester = basic(this.requesterEmail);
		this.sre = basic(newPerson("Sam", null, Locale.ENGLISH, Role.SRE));
	}

	@Test
	void jakartaMailIsToldItsStreamProviderByNameAndSkipsTheClassPathScan() {
		assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(MailStreamProvider.class.getName());
		assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
	}

	@Test
	void filingNoticesTheRequesterAndEachCcPartyInTheirLanguage() throws Exception {
		String colleague = newPerson("Carl", this.customer, Locale.ENGLISH, Role.REQUESTER);
		String noAccount = newAddressWithoutAccount("ops", this.customer);

		String ticketId = fileTicket(List.of(colleague, noAccount));

		List<MimeMessage> mails = awaitMails(ticketId, 3);
		assertThat(mails).extracting(EmailNoticesTest::recipient)
			.containsExactlyInAnyOrder(this.requesterEmail, colleague, noAccount);
		MimeMessage spanish = only(mails, this.requesterEmail);
		assertThat(spanish.getSubject()).isEqualTo("[" + ticketId + "] Ticket registrado: Notice me");
		assertThat(body(spanish)).contains("Se registró el ticket " + ticketId)
			.contains("https://desk.example.test/tickets/" + ticketId);
		for (String english : List.of(colleague, noAccount)) {
			MimeMessage mail = only(mails, english);
			assertThat(mail.getSubject()).isEqualTo("[" + ticketId + "] Ticket filed: Notice me");
			assertThat(body(mail)).contains("Ticket " + ticketId + " \"Notice me\" was filed")
				.contains("https://desk.example.test/tickets/" + ticketId);
		}
	}

	@Test
	void questionAcceptanceResolutionAndClosingAreNoticed() {
		String colleague = newAddressWithoutAccount("lead", this.customer);
		String ticketId = fileTicket(List.of(colleague));
		awaitMails(ticketId, 2);

		claimAndComplete(this.sre, ticketId, "ASK", "Which region?");
		awaitSubjects(ticketId, colleague, "A question about your ticket");
		awaitSubjects(ticketId, this.requesterEmail, "Una pregunta sobre su ticket");
		succeeds(this.requester.post("/api/v1/tickets/" + ticketId + "/replies",
				Map.of("body", "Europe, please.", "internal", false)));
		claimAndComplete(this.sre, ticketId, "ACCEPT", null);
		awaitSubjects(ticketId, colleague, "Ticket accepted");
		claimAndComplete(this.sre, ticketId, "RESOLVE", "Activated.");
		awaitSubjects(ticketId, colleague, "Ticket resolved");
		reopenWindowEnds(ticketId);
		awaitSubjects(ticketId, colleague, "Ticket closed");

		assertThat(awaitMails(ticketId, 10)).hasSize(10);
		assertThat(this.outbox.findByTicketIdOrderByCreatedAtAscIdAsc(ticketId)).extracting(OutboxNotice::getKind)
			.containsExactly(TimelineKind.FILED.name(), TimelineKind.FILED.name(), TimelineKind.QUESTION_ASKED.name(),
					TimelineKind.QUESTION_ASKED.name(), TimelineKind.ACCEPTED.name(), TimelineKind.ACCEPTED.name(),
					TimelineKind.RESOLVED.name(), TimelineKind.RESOLVED.name(), TimelineKind.CLOSED.name(),
					TimelineKind.CLOSED.name());
	}

	@Test
	void rejectionIsNoticedInTheRequestersLanguage() {
		String ticketId = fileTicket(List.of());
		claimAndComplete(this.sre, ticketId, "REJECT", "Not in the contract.");
		awaitSubjects(ticketId, this.requesterEmail, "Ticket rechazado");
	}

	@Test
	void aMailServerThatIsDownFailsNoTicketActionAndTheNoticeArrivesOnceItIsBack() {
		mailServer.stop();
		String ticketId;
		try {
			ticketId = fileTicket(List.of());
			await().atMost(DELIVERY)
				.untilAsserted(() -> assertThat(this.outbox.findByTicketIdOrderByCreatedAtAscIdAsc(ticketId)).singleElement()
					.satisfies(notice -> assertThat(notice.getAttempts()).isGreaterThanOrEqualTo(1))
					.satisfies(notice -> assertThat(notice.getStatus()).isEqualTo(NoticeStatus.PENDING)));
		}
		finally {
			mailServer = startedMailServer();
		}

		assertThat(awaitMails(ticketId, 1)).extracting(EmailNoticesTest::recipient).containsExactly(this.requesterEmail);
		await().atMost(DELIVERY)
			.untilAsserted(() -> assertThat(this.outbox.findByTicketIdOrderByCreatedAtAscIdAsc(ticketId)).singleElement()
				.extracting(OutboxNotice::getStatus)
				.isEqualTo(NoticeStatus.SENT));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(mailsAbout(ticketId)).hasSize(1));
	}

	@Test
	void aNoticeIsClaimedByOneSenderOnly() {
		Instant later = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
		OutboxNotice notice = this.outbox.save(new OutboxNotice("REQ-0", "x@claims.example.test",
				NoticeContent.ofChange(TimelineKind.FILED, "REQ-0", "Claimed", "/tickets/REQ-0"), later));

		int first = claim(notice.getId(), later);
		int second = claim(notice.getId(), later);

		assertThat(first).isEqualTo(1);
		assertThat(second).isZero();
	}

	/** What one instance of the sender does to take a due notice. */
	private int claim(Long id, Instant now) {
		return new TransactionTemplate(this.transactionManager)
			.execute(status -> this.outbox.claim(id, NoticeStatus.PENDING, now, now.plus(Duration.ofMinutes(1))));
	}

	private String fileTicket(List<String> cc) {
		Map<String, Object> request = new HashMap<>(ticketRequest("Notice me"));
		request.put("cc", cc);
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", request);
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		return filed.json().path("id").asText();
	}

	/** Waits (bounded) until at least that many mails about the ticket arrived; returns them all. */
	private static List<MimeMessage> awaitMails(String ticketId, int count) {
		await().atMost(DELIVERY).until(() -> mailsAbout(ticketId).size() >= count);
		return mailsAbout(ticketId);
	}

	private static void awaitSubjects(String ticketId, String recipient, String subjectPart) {
		await().atMost(DELIVERY)
			.until(() -> mailsAbout(ticketId).stream()
				.anyMatch(mail -> recipient.equals(recipient(mail)) && subject(mail).contains(subjectPart)));
	}

	private static List<MimeMessage> mailsAbout(String ticketId) {
		return Arrays.stream(mailServer.getReceivedMessages())
			.filter(mail -> subject(mail).startsWith("[" + ticketId + "]"))
			.toList();
	}

	private static MimeMessage only(List<MimeMessage> mails, String recipient) {
		return mails.stream().filter(mail -> recipient.equals(recipient(mail))).reduce((a, b) -> {
			throw new AssertionError("Two mails to " + recipient);
		}).orElseThrow();
	}

	private static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MimeMessage mail) throws IOException, MessagingException {
		return String.valueOf(mail.getContent());
	}

	private static GreenMail startedMailServer() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

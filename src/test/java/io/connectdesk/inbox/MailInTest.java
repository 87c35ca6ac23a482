package io.connectdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/**
 * Replies and new tickets by e-mail, read from a real IMAP mailbox (GreenMail) that the desk polls,
 * with the notices and refusals going out through its SMTP side.
 */
@DirtiesContext
class MailInTest extends ApiTestSupport {

	private static final int SMTP_PORT = freePort();

	private static final int IMAP_PORT = freePort();

	private static final String DESK = "desk@connectdesk.example";

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static GreenMail mailServer;

	private static GreenMailUser deskMailbox;

	@Autowired
	private MailRecords records;

	@Autowired
	private InboundMails inbound;

	private Long customer;

	private String requesterEmail;

	private ApiClient requester;

	private ApiClient sre;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("connectdesk.notice.base-url", () -> "https://desk.example.test/");
		registry.add("connectdesk.notice.send-interval", () -> "PT0.2S");
		registry.add("connectdesk.mail-in.enabled", () -> "true");
		registry.add("connectdesk.mail-in.protocol", () -> "imap");
		registry.add("connectdesk.mail-in.port", () -> IMAP_PORT);
		registry.add("connectdesk.mail-in.user", () -> "desk");
		registry.add("connectdesk.mail-in.password", () -> "mailbox-secret");
		registry.add("connectdesk.mail-in.poll-interval", () -> "PT0.3S");
	}

	@BeforeAll
	static void mailServerRuns() {
		mailServer = new GreenMail(new ServerSetup[] { new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		mailServer.start();
		deskMailbox = mailServer.setUser(DESK, "desk", "mailbox-secret");
	}

	@AfterAll
	static void mailServerStops() {
		mailServer.stop();
	}

	@BeforeEach
	void people() {
		this.customer = newCustomer("Mailing");
		this.requesterEmail = newPerson("Rosa", this.customer, Locale.ENGLISH, Role.REQUESTER);
		this.requester = basic(this.requesterEmail);
		this.sre = basic(newPerson("Sam", null, Locale.ENGLISH, Role.SRE));
	}

	@Test
	void aReplyWithQuotedHistoryAndAFileLandsOnceStrippedWithTheFile() throws Exception {
		String ticketId = fileTicket(this.requester, "VPN peer");
		String replyTo = replyAddressOfNoticeAbout(ticketId, this.requesterEmail);
		MimeMessage reply = mail(this.requesterEmail, replyTo, "Re: [" + ticketId + "] Ticket filed: VPN peer",
				"The peer's sheet is attached.\n\nOn Sun, 6 Dec 2026 at 10:00, Connect Desk <desk@connectdesk.example> wrote:\n"
						+ "> Ticket " + ticketId + " was filed.\n> Thanks\n\n-- \nRosa\nNetwork team, +34 600 000 000\n");
		withFile(reply, "The peer's sheet is attached.\n\nOn Sun, 6 Dec 2026 at 10:00, Connect Desk <desk@connectdesk.example> wrote:\n"
				+ "> Ticket " + ticketId + " was filed.\n> Thanks\n\n-- \nRosa\nNetwork team, +34 600 000 000\n", "peer.conf",
				"remote = 203.0.113.7\n");

		deliver(reply);
		awaitOutcome(reply, MailOutcome.REPLIED);
		deliver(reply);
		await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> deskMailboxAllSeen());

		JsonNode conversation = ticket(this.requester, ticketId).path("conversation");
		assertThat(conversation).hasSize(1);
		assertThat(conversation.get(0).path("body").asText()).isEqualTo("The peer's sheet is attached.");
		assertThat(conversation.get(0).path("internal").asBoolean()).isFalse();
		assertThat(this.requester.get("/api/v1/tickets/" + ticketId + "/attachments").json().findValuesAsText("filename")).containsExactly("peer.conf");
	}

	@Test
	void outlookStyleHistoryIsStrippedAndACcPartyWithoutAnAccountMayReply() throws Exception {
		String colleague = newAddressWithoutAccount("ops", this.customer);
		ApiClient.Response filed = this.requester.post("/api/v1/tickets",
				withCc(ticketRequest("Outlook"), colleague));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String ticketId = filed.json().path("id").asText();
		String replyTo = replyAddressOfNoticeAbout(ticketId, colleague);
		MimeMessage reply = mail(colleague, replyTo, "RE: Outlook", "Approved on our side.\r\n\r\n"
				+ "________________________________\r\nFrom: Connect Desk <desk@connectdesk.example>\r\nSent: Sunday\r\n"
				+ "Subject: Ticket filed\r\n\r\nTicket was filed.\r\n");

		deliver(reply);

		awaitOutcome(reply, MailOutcome.REPLIED);
		JsonNode conversation = ticket(this.requester, ticketId).path("conversation");
		assertThat(conversation).singleElement().satisfies(message -> {
			assertThat(message.path("body").asText()).isEqualTo("Approved on our side.");
			assertThat(message.path("author").asText()).isEqualTo(colleague);
		});
	}

	@Test
	void aSecretInAMailedReplyIsStoredAsAReference() throws Exception {
		String ticketId = fileTicket(this.requester, "Database access");
		String replyTo = replyAddressOfNoticeAbout(ticketId, this.requesterEmail);
		MimeMessage reply = mail(this.requesterEmail, replyTo, "Re: Database access",
				"Use db_password = hunter2hunter2 and key AKIAIOSFODNN7EXAMPLE.\n\n> Ticket filed\n");

		deliver(reply);

		awaitOutcome(reply, MailOutcome.REPLIED);
		ApiClient.Response answer = this.requester.get("/api/v1/tickets/" + ticketId);
		assertThat(answer.body()).doesNotContain("hunter2hunter2", "AKIAIOSFODNN7EXAMPLE");
		assertThat(answer.json().path("conversation").get(0).path("body").asText())
			.matches("Use db_password = \\[secret:password:sec-[0-9a-f-]{36}\\] and key \\[secret:aws-access-key:sec-[0-9a-f-]{36}\\]\\.");
	}

	@Test
	void twoNodesHandlingTheSameMailAtOnceAddItOnce() throws Exception {
		String ticketId = fileTicket(this.requester, "Raced");
		String replyTo = replyAddressOfNoticeAbout(ticketId, this.requesterEmail);
		InboundMail read = MailReader.read(mail(this.requesterEmail, replyTo, "Re: Raced", "Only once, please."));
		CyclicBarrier together = new CyclicBarrier(2);
		Callable<Optional<MailOutcome>> node = () -> {
			together.await();
			return this.inbound.handle(read);
		};
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		List<Future<Optional<MailOutcome>>> results;
		try {
			results = nodes.invokeAll(List.of(node, node));
		}
		finally {
			nodes.shutdown();
		}

		List<Optional<MailOutcome>> outcomes = new ArrayList<>();
		for (Future<Optional<MailOutcome>> result : results) {
			try {
				outcomes.add(result.get());
			}
			catch (ExecutionException lockTimedOut) { // the loser may also time out waiting: its mail stays unseen, read again later
				outcomes.add(Optional.empty());
			}
		}
		assertThat(outcomes).containsExactlyInAnyOrder(Optional.of(MailOutcome.REPLIED), Optional.empty());
		assertThat(ticket(this.requester, ticketId).path("conversation").findValuesAsText("body")).containsExactly("Only once, please.");
		assertThat(this.inbound.handle(read)).isEmpty();
	}

	@Test
	void aStrangersMailAnAutoReplyAndABounceChangeNothingAndStartNoLoop() throws Exception {
		String ticketId = fileTicket(this.requester, "Quiet");
		String replyTo = replyAddressOfNoticeAbout(ticketId, this.requesterEmail);
		Snapshot before = snapshot(this.sre, ticketId);
		String stranger = "eve-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.example.test";
		MimeMessage strangers = mail(stranger, replyTo, "Re: Quiet", "Let me in.");
		MimeMessage autoReply = mail(this.requesterEmail, replyTo, "Out of office", "I am away until Monday.");
		autoReply.setHeader("Auto-Submitted", "auto-replied");
		MimeMessage bounce = bounce(replyTo);
		MimeMessage guessed = mail(this.requesterEmail, replyTo.replaceFirst("\\.[0-9a-f]{20}@", ".00000000000000000000@"),
				"Re: Quiet", "Guessing.");

		deliver(strangers);
		deliver(autoReply);
		deliver(bounce);
		deliver(guessed);

		awaitOutcome(strangers, MailOutcome.REFUSED);
		awaitOutcome(autoReply, MailOutcome.AUTOMATIC);
		awaitOutcome(bounce, MailOutcome.AUTOMATIC);
		awaitOutcome(guessed, MailOutcome.REFUSED);
		await().atMost(WAIT).until(() -> mailsTo(stranger).size() == 1);
		assertThat(mailsTo(stranger).get(0).getSubject()).startsWith("Your message was not added");
		assertThat(mailsTo(stranger).get(0).getHeader("Auto-Submitted")).containsExactly("auto-generated");
		await().during(Duration.ofSeconds(2)).atMost(WAIT)
			.until(() -> mailsTo(this.requesterEmail).size() == 2 && mailsTo("mailer-daemon@mx.example.test").isEmpty());
		assertThat(mailsTo(this.requesterEmail)).extracting(MimeMessage::getSubject)
			.anyMatch(subject -> subject.contains("Ticket filed"))
			.anyMatch(subject -> subject.startsWith("Your message was not added"));
		assertThat(snapshot(this.sre, ticketId)).isEqualTo(before);
	}

	@Test
	void aReplyToAQuestionAnswersItAndTheTicketGoesBackToReview() throws Exception {
		String ticketId = fileTicket(this.requester, "Which region");
		claimAndComplete(this.sre, ticketId, "ASK", "Which region?");
		assertThat(ticket(this.requester, ticketId).path("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
		String replyTo = replyAddressOfNoticeAbout(ticketId, this.requesterEmail);

		MimeMessage answer = mail(this.requesterEmail, replyTo, "Re: A question", "Europe, please.\n\n> Which region?\n");
		deliver(answer);

		awaitOutcome(answer, MailOutcome.REPLIED);
		JsonNode ticket = ticket(this.requester, ticketId);
		assertThat(ticket.path("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(ticket.path("conversation").findValuesAsText("body")).contains("Europe, please.");
	}

	@Test
	void aReplyToAClosedTicketIsRefusedPolitely() throws Exception {
		String ticketId = fileTicket(this.requester, "Done");
		String replyTo = replyAddressOfNoticeAbout(ticketId, this.requesterEmail);
		claimAndComplete(this.sre, ticketId, "REJECT", "Not in the contract.");

		MimeMessage late = mail(this.requesterEmail, replyTo, "Re: Done", "But why?");
		deliver(late);

		awaitOutcome(late, MailOutcome.REFUSED);
		await().atMost(WAIT).until(() -> mailsTo(this.requesterEmail).stream().anyMatch(mail -> subject(mail).startsWith("Ticket " + ticketId + " is closed")));
		assertThat(ticket(this.requester, ticketId).path("conversation").findValuesAsText("body")).doesNotContain("But why?");
	}

	@Test
	void aMailToTheDeskFromAContractAddressFilesAQuestionWithItsFiles() throws Exception {
		MimeMessage question = mail(this.requesterEmail, DESK, "Backups of api.acme.example?", "");
		withFile(question, "How often are the databases backed up?\n\n-- \nRosa\n", "notes.txt", "nightly, kept 30 days?\n");

		deliver(question);

		awaitOutcome(question, MailOutcome.FILED);
		JsonNode mine = this.requester.get("/api/v1/tickets?scope=MINE").json().path("content");
		assertThat(mine).hasSize(1);
		String ticketId = mine.get(0).path("id").asText();
		JsonNode ticket = ticket(this.requester, ticketId);
		assertThat(ticket.path("type").asText()).isEqualTo("QUESTION");
		assertThat(ticket.path("title").asText()).isEqualTo("Backups of api.acme.example?");
		assertThat(ticket.path("description").asText()).isEqualTo("How often are the databases backed up?");
		assertThat(this.requester.get("/api/v1/tickets/" + ticketId + "/attachments").json().findValuesAsText("filename")).containsExactly("notes.txt");
		await().atMost(WAIT).until(() -> mailsTo(this.requesterEmail).stream().anyMatch(mail -> subject(mail).startsWith("[" + ticketId + "]")));
		MimeMessage acknowledgement = mailsTo(this.requesterEmail).stream()
			.filter(mail -> subject(mail).startsWith("[" + ticketId + "]")).findFirst().orElseThrow();
		assertThat(String.valueOf(acknowledgement.getContent())).contains("https://desk.example.test/tickets/" + ticketId);
	}

	@Test
	void aMailToTheDeskFromAnUnknownAddressFilesNothing() throws Exception {
		String stranger = "mallory-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.example.test";
		MimeMessage question = mail(stranger, DESK, "Free hosting?", "Hello");

		deliver(question);

		awaitOutcome(question, MailOutcome.REFUSED);
		await().atMost(WAIT).until(() -> mailsTo(stranger).size() == 1);
	}

	private void awaitOutcome(MimeMessage mail, MailOutcome outcome) throws MessagingException {
		String messageId = mail.getMessageID();
		await().atMost(WAIT).untilAsserted(() -> assertThat(this.records.outcomeOf(messageId)).contains(outcome));
	}

	/** The Reply-To of the first notice about the ticket to that person: the ticket's signed address. */
	private static String replyAddressOfNoticeAbout(String ticketId, String recipient) throws MessagingException {
		await().atMost(WAIT).until(() -> mailsTo(recipient).stream().anyMatch(mail -> subject(mail).startsWith("[" + ticketId + "]")));
		MimeMessage notice = mailsTo(recipient).stream().filter(mail -> subject(mail).startsWith("[" + ticketId + "]")).findFirst().orElseThrow();
		String replyTo = ((InternetAddress) notice.getReplyTo()[0]).getAddress();
		assertThat(replyTo).matches("desk\\+" + ticketId.toLowerCase(Locale.ROOT) + "\\.[0-9a-f]{20}@connectdesk\\.example");
		return replyTo;
	}

	private static MimeMessage mail(String from, String to, String subject, String text) throws MessagingException {
		MimeMessage mail = new MimeMessage(Session.getInstance(System.getProperties()));
		mail.setFrom(new InternetAddress(from));
		mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		mail.setSubject(subject);
		mail.setText(text);
		mail.setHeader("Message-ID", "<" + UUID.randomUUID() + "@mail.example.test>");
		mail.saveChanges();
		mail.setHeader("Message-ID", mail.getMessageID());
		return mail;
	}

	private static void withFile(MimeMessage mail, String text, String fileName, String content) throws Exception {
		String messageId = mail.getMessageID();
		MimeBodyPart body = new MimeBodyPart();
		body.setText(text);
		MimeBodyPart file = new MimeBodyPart();
		file.setFileName(fileName);
		file.setContent(content, "application/octet-stream");
		file.setDisposition(MimeBodyPart.ATTACHMENT);
		mail.setContent(new MimeMultipart(body, file));
		mail.saveChanges();
		mail.setHeader("Message-ID", messageId);
	}

	/** A delivery status report from a mail server that could not deliver a notice. */
	private static MimeMessage bounce(String to) throws Exception {
		MimeMessage mail = mail("MAILER-DAEMON@mx.example.test", to, "Undelivered Mail Returned to Sender", "");
		String messageId = mail.getMessageID();
		MimeBodyPart human = new MimeBodyPart();
		human.setText("I'm sorry to have to inform you that your message could not be delivered.");
		MimeBodyPart status = new MimeBodyPart();
		status.setContent("Reporting-MTA: dns; mx.example.test\r\n\r\nFinal-Recipient: rfc822; gone@example.test\r\nAction: failed\r\nStatus: 5.1.1\r\n",
				"message/delivery-status");
		MimeMultipart report = new MimeMultipart("report; report-type=delivery-status", human, status);
		mail.setContent(report);
		mail.saveChanges();
		mail.setHeader("Message-ID", messageId);
		return mail;
	}

	private static void deliver(MimeMessage mail) throws MessagingException {
		deskMailbox.deliver(new MimeMessage(mail));
	}

	private static boolean deskMailboxAllSeen() throws Exception {
		try (var store = Session.getInstance(System.getProperties()).getStore("imap")) {
			store.connect("127.0.0.1", IMAP_PORT, "desk", "mailbox-secret");
			try (var inbox = store.getFolder("INBOX")) {
				inbox.open(jakarta.mail.Folder.READ_ONLY);
				return inbox.getUnreadMessageCount() == 0;
			}
		}
	}

	private static List<MimeMessage> mailsTo(String recipient) {
		return Arrays.stream(mailServer.getReceivedMessages()).filter(mail -> recipientOf(mail).equalsIgnoreCase(recipient)).toList();
	}

	private static java.util.Map<String, Object> withCc(java.util.Map<String, Object> request, String cc) {
		java.util.Map<String, Object> withCc = new java.util.HashMap<>(request);
		withCc.put("cc", List.of(cc));
		return withCc;
	}

	private static String recipientOf(MimeMessage mail) {
		try {
			return ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress();
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

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package io.connectdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.connectdesk.common.Caller;
import io.connectdesk.filing.TicketFiling;
import io.connectdesk.identity.Accounts;
import io.connectdesk.notification.ReplyAddresses;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.TicketType;

/**
 * Inbound mail on one node: replies to tickets' notices (quoted history, a signature and a small file
 * each), put into the desk's IMAP mailbox (GreenMail) at once, and the time until the desk turned
 * every one into a public reply: messages/s, from the first delivery to the last reply recorded. The
 * node reads with the default batch size and a short poll interval (the figure is the reading, not
 * the wait between polls). Settings: bench.mailMessages (1000 measured, after 100 warm-up messages),
 * bench.mailTickets (50 tickets the replies are spread over). No target yet: a figure for the note.
 */
public final class MailInBench {

	private static final String DESK = "desk@connectdesk.example";

	private MailInBench() {
	}

	public static void main(String[] args) throws Exception {
		int messages = Integer.getInteger("bench.mailMessages", 1000);
		int ticketCount = Integer.getInteger("bench.mailTickets", 50);
		int imapPort = freePort();
		GreenMail mailServer = new GreenMail(new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
		mailServer.start();
		GreenMailUser mailbox = mailServer.setUser(DESK, "desk", "bench-mailbox");
		double rate;
		long millis;
		try (BenchApp app = BenchApp.start(BenchApp.h2Url(Path.of(System.getProperty("bench.dataDir", "target/bench-data"))),
				List.of("--connectdesk.mail-in.enabled=true", "--connectdesk.mail-in.protocol=imap",
						"--connectdesk.mail-in.port=" + imapPort, "--connectdesk.mail-in.user=desk",
						"--connectdesk.mail-in.password=bench-mailbox", "--connectdesk.mail-in.poll-interval=PT0.1S"),
				1)) {
			String requester = app.user(0);
			List<String> replyAddresses = tickets(app, requester, ticketCount);
			JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
			deliverAndWait(mailbox, jdbc, requester, replyAddresses, 100);
			long start = System.nanoTime();
			deliverAndWait(mailbox, jdbc, requester, replyAddresses, messages);
			millis = (System.nanoTime() - start) / 1_000_000;
			rate = messages * 1000.0 / millis;
		}
		finally {
			mailServer.stop();
		}
		BenchFigures.of("mailin")
			.info("inbound replies/s, one node, H2", rate, "/s")
			.info("inbound " + messages + " replies, wall time", millis, "ms");
		System.out.println();
		System.out.println("=== Connect Desk: inbound mail turned into replies, one node ===");
		System.out.printf("%d replies over %d tickets in %d ms: %.1f messages/s%n", messages, ticketCount, millis, rate);
		System.exit(0);
	}

	private static List<String> tickets(BenchApp app, String requester, int count) {
		Caller caller = app.bean(Accounts.class).findByEmail(requester).orElseThrow();
		TicketFiling filing = app.bean(TicketFiling.class);
		ReplyAddresses addresses = app.bean(ReplyAddresses.class);
		List<String> replyAddresses = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String ticketId = filing.file(new FileTicket(TicketType.QUESTION, "Mail bench " + i, "Replies by mail.", List.of(),
					List.of(), List.of(), false), caller, null).ticketId();
			replyAddresses.add(addresses.forTicket(ticketId).orElseThrow());
		}
		return replyAddresses;
	}

	private static void deliverAndWait(GreenMailUser mailbox, JdbcTemplate jdbc, String requester,
			List<String> replyAddresses, int count) throws Exception {
		int before = replies(jdbc);
		for (int i = 0; i < count; i++) {
			mailbox.deliver(reply(requester, replyAddresses.get(i % replyAddresses.size()), i));
		}
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (replies(jdbc) < before + count) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Only " + (replies(jdbc) - before) + " of " + count + " replies after 10 minutes");
			}
			Thread.sleep(20);
		}
	}

	private static int replies(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from inbound_mail where outcome = 'REPLIED'", Integer.class);
	}

	private static MimeMessage reply(String from, String to, int index) throws MessagingException {
		MimeMessage mail = new MimeMessage(Session.getInstance(System.getProperties()));
		mail.setFrom(new InternetAddress(from));
		mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		mail.setSubject("Re: Mail bench " + index);
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Reply number " + index + ": the peer is ready.\n\nOn Sun, 6 Dec 2026 at 10:00, Connect Desk <" + DESK
				+ "> wrote:\n> Ticket filed.\n> Thanks\n\n-- \nBench\n");
		MimeBodyPart file = new MimeBodyPart();
		file.setFileName("peer-" + index + ".conf");
		file.setContent("remote = 203.0.113." + (index % 250) + "\n", "application/octet-stream");
		mail.setContent(new MimeMultipart(text, file));
		mail.saveChanges();
		mail.setHeader("Message-ID", "<" + UUID.randomUUID() + "@bench.example>");
		return mail;
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

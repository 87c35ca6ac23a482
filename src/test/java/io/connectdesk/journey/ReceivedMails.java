package io.connectdesk.journey;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/** What a test's SMTP server (GreenMail) received, by recipient and the reference in the subject ({@code [REQ-1]}). */
public final class ReceivedMails {

	private ReceivedMails() {
	}

	/** A GreenMail server on a free port, started. */
	public static GreenMail startedServer() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		return server;
	}

	/** Points the application's mail at the server, with links to https://desk.example.test/ and a quick outbox. */
	public static void sendTo(GreenMail server, DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> server.getSmtp().getPort());
		registry.add("connectdesk.notice.base-url", () -> "https://desk.example.test/");
		registry.add("connectdesk.notice.send-interval", () -> "PT0.2S");
	}

	public static List<MimeMessage> to(GreenMail server, String recipient, String reference) {
		return Arrays.stream(server.getReceivedMessages()).filter(mail -> {
			try {
				return mail.getSubject().contains("[" + reference + "]")
						&& Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equalsIgnoreCase(recipient));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The first such mail, once it arrived (mails leave after the commit, off the request thread). */
	public static MimeMessage awaitFirst(GreenMail server, String recipient, String reference, Duration patience) {
		await().atMost(patience).until(() -> !to(server, recipient, reference).isEmpty());
		return to(server, recipient, reference).get(0);
	}

}

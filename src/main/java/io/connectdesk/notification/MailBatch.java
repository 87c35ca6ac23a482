package io.connectdesk.notification;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Hands a batch of mails to the mail server over one SMTP connection ({@link JavaMailSender#send(MimeMessage...)}
 * opens one transport for all of them, and a new one only if the server drops it) and tells which of them the
 * server did not take. A mail the server refused does not stop the others; a connection that cannot be opened
 * fails the mails not yet sent.
 */
final class MailBatch {

	private MailBatch() {
	}

	/** The mails the server did not take, each with why; empty when it took them all. */
	static Map<MimeMessage, Exception> send(JavaMailSender mail, List<MimeMessage> messages) {
		Map<MimeMessage, Exception> failed = new IdentityHashMap<>();
		if (messages.isEmpty()) {
			return failed;
		}
		try {
			mail.send(messages.toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			// No failed messages: every mail went out and only closing the connection failed.
			ex.getFailedMessages().forEach((message, cause) -> failed.put((MimeMessage) message, cause));
		}
		catch (MailException ex) {
			// Authentication refused, or anything else before the first mail: none went out.
			messages.forEach(message -> failed.put(message, ex));
		}
		return failed;
	}

}

package io.connectdesk.notification.dev;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** A mail the dev mail server received, as the mailbox page shows it. */
record ReceivedMail(int index, List<String> to, String from, String subject, Instant sentAt, String body) {

	static ReceivedMail of(int index, MimeMessage message) {
		try {
			return new ReceivedMail(index, addresses(message.getRecipients(Message.RecipientType.TO)),
					String.join(", ", addresses(message.getFrom())), message.getSubject(),
					message.getSentDate() == null ? null : message.getSentDate().toInstant(), text(message.getContent()));
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Unreadable mail " + index, ex);
		}
	}

	boolean isFor(String email) {
		return this.to.stream().anyMatch(address -> address.equalsIgnoreCase(email));
	}

	private static List<String> addresses(Address[] addresses) {
		return addresses == null ? List.of()
				: Arrays.stream(addresses)
					.map(address -> address instanceof InternetAddress internet ? internet.getAddress() : address.toString())
					.map(address -> address.toLowerCase(Locale.ROOT))
					.toList();
	}

	private static String text(Object content) throws MessagingException, IOException {
		if (content instanceof Multipart multipart && multipart.getCount() > 0) {
			return text(multipart.getBodyPart(0).getContent());
		}
		return String.valueOf(content);
	}

}

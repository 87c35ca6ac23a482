package io.connectdesk.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** Reads what the desk needs from a MIME message: who, to whom, its text and its files. */
final class MailReader {

	/** Headers that name the mailbox a message was delivered to, besides To and Cc. */
	private static final String[] DELIVERED_TO = { "Delivered-To", "X-Original-To", "Envelope-To" };

	private MailReader() {
	}

	static InboundMail read(MimeMessage mail) throws MessagingException, IOException {
		String from = firstAddress(mail.getFrom());
		String automatic = AutomaticMail.reason(mail, from);
		Content content = new Content();
		if (automatic == null) {
			content.collect(mail);
		}
		return new InboundMail(messageId(mail), from, recipients(mail), mail.getSubject(), content.text(),
				content.files, automatic);
	}

	private static String messageId(MimeMessage mail) throws MessagingException {
		String id = mail.getMessageID();
		if (id != null && !id.isBlank()) {
			return id.strip();
		}
		String headers = String.join("|", String.valueOf(mail.getHeader("From", ",")), String.valueOf(mail.getHeader("Date", ",")),
				String.valueOf(mail.getSubject()));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(headers.getBytes(StandardCharsets.UTF_8));
			return "<" + HexFormat.of().formatHex(digest) + "@no-message-id>";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> recipients(MimeMessage mail) throws MessagingException {
		Set<String> all = new LinkedHashSet<>();
		addAll(all, mail.getRecipients(Message.RecipientType.TO));
		addAll(all, mail.getRecipients(Message.RecipientType.CC));
		for (String header : DELIVERED_TO) {
			String[] values = mail.getHeader(header);
			if (values != null) {
				for (String value : values) {
					addAll(all, InternetAddress.parseHeader(value, false));
				}
			}
		}
		return List.copyOf(all);
	}

	private static void addAll(Set<String> into, Address[] addresses) {
		if (addresses != null) {
			for (Address address : addresses) {
				String email = address instanceof InternetAddress internet ? internet.getAddress() : null;
				if (email != null) {
					into.add(email.toLowerCase(Locale.ROOT));
				}
			}
		}
	}

	private static String firstAddress(Address[] addresses) {
		Set<String> found = new LinkedHashSet<>();
		addAll(found, addresses);
		return found.stream().findFirst().orElse(null);
	}

	/** The first plain text part (or the first HTML part without its tags) and every file. */
	private static final class Content {

		private String plain;

		private String html;

		private final List<MailAttachment> files = new ArrayList<>();

		void collect(Part part) throws MessagingException, IOException {
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int index = 0; index < multipart.getCount(); index++) {
					collect(multipart.getBodyPart(index));
				}
			}
			else if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				this.files.add(file(part));
			}
			else if (part.isMimeType("text/plain") && this.plain == null) {
				this.plain = String.valueOf(part.getContent());
			}
			else if (part.isMimeType("text/html") && this.html == null) {
				this.html = String.valueOf(part.getContent());
			}
			else if (part.isMimeType("message/rfc822")) {
				this.files.add(file(part));
			}
		}

		String text() {
			if (this.plain != null) {
				return this.plain;
			}
			return this.html == null ? "" : this.html.replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n").replaceAll("<[^>]*>", "");
		}

		private static MailAttachment file(Part part) throws MessagingException, IOException {
			String name = part.getFileName() == null ? "attachment" : MimeUtility.decodeText(part.getFileName());
			String type = part.getContentType() == null ? "application/octet-stream" : part.getContentType().split(";")[0].strip();
			try (InputStream in = part.getInputStream()) {
				return new MailAttachment(name, type.toLowerCase(Locale.ROOT), in.readAllBytes());
			}
		}

	}

}

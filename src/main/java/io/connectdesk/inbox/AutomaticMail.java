package io.connectdesk.inbox;

import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Tells a mail no person wrote: answering one could start a loop between two robots. Auto-replies
 * ({@code Auto-Submitted} other than {@code no}, RFC 3834; {@code X-Autoreply}), bulk and list mail
 * ({@code Precedence: bulk/junk/list}, {@code List-Id}), delivery reports ({@code multipart/report},
 * RFC 6522) and mail from a mailer daemon or postmaster, or with an empty return path.
 */
final class AutomaticMail {

	private AutomaticMail() {
	}

	/** Why the mail is automatic; {@code null} when a person wrote it. */
	static String reason(MimeMessage mail, String from) throws MessagingException {
		String autoSubmitted = header(mail, "Auto-Submitted");
		if (autoSubmitted != null && !autoSubmitted.startsWith("no")) {
			return "auto-submitted";
		}
		if (header(mail, "X-Autoreply") != null || header(mail, "X-Autorespond") != null) {
			return "auto-reply";
		}
		String precedence = header(mail, "Precedence");
		if (precedence != null && (precedence.startsWith("bulk") || precedence.startsWith("junk") || precedence.startsWith("list"))) {
			return "precedence-" + precedence;
		}
		if (header(mail, "List-Id") != null) {
			return "list";
		}
		String type = mail.getContentType() == null ? "" : mail.getContentType().toLowerCase(Locale.ROOT);
		if (type.startsWith("multipart/report")) {
			return "delivery-report";
		}
		if ("<>".equals(header(mail, "Return-Path"))) {
			return "empty-return-path";
		}
		if (from == null || from.startsWith("mailer-daemon@") || from.startsWith("postmaster@")) {
			return "mailer-daemon";
		}
		return null;
	}

	private static String header(MimeMessage mail, String name) throws MessagingException {
		String value = mail.getHeader(name, ",");
		return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
	}

}

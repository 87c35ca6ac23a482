package io.connectdesk.inbox;

import java.util.List;

/**
 * One mail read from the mailbox, as the desk needs it.
 *
 * @param messageId its Message-ID (or, without one, a digest of its headers)
 * @param from the sender's address, lower case; {@code null} when the mail names none
 * @param recipients every address it was sent to (To, Cc, Delivered-To...), lower case
 * @param text its plain text, quoted history and signature still in
 * @param automatic why it is an automatic mail (auto-reply, bounce, list); {@code null} for a person's
 */
record InboundMail(String messageId, String from, List<String> recipients, String subject, String text,
		List<MailAttachment> attachments, String automatic) {

	InboundMail {
		recipients = List.copyOf(recipients);
		attachments = List.copyOf(attachments);
	}

	boolean isAutomatic() {
		return this.automatic != null;
	}

}

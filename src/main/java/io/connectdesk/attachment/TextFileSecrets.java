package io.connectdesk.attachment;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import io.connectdesk.ticket.TicketSecrets;

/**
 * Secrets in text files (configuration, PEM, JSON, YAML, logs: everything {@link FileTypes} takes as plain
 * text) are kept apart as a reply's are: the stored file has each secret replaced by its reference. Binary
 * files (images, PDF, Office documents) are not read. {@link StoredTextFiles} reads the references back.
 */
@Component
class TextFileSecrets {

	private final TicketSecrets secrets;

	TextFileSecrets(TicketSecrets secrets) {
		this.secrets = secrets;
	}

	/** The file as it is stored: a text file without its secrets, any other file as it came. */
	CheckedFile withoutSecrets(long ticketId, CheckedFile file) {
		if (!FileTypes.TEXT.equals(file.contentType())) {
			return file;
		}
		String text = new String(file.content(), StandardCharsets.UTF_8);
		String masked = this.secrets.withoutSecrets(ticketId, text);
		if (masked.equals(text)) {
			return file;
		}
		byte[] content = masked.getBytes(StandardCharsets.UTF_8);
		return new CheckedFile(file.filename(), file.contentType(), content, AttachmentChecks.sha256(content));
	}

}

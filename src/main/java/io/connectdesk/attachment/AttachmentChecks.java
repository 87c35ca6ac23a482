package io.connectdesk.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The checks every file passes before anything is stored: how many, each one's size and detected type,
 * and the ticket's total. The first file that fails refuses the whole upload.
 */
@Component
class AttachmentChecks {

	/** The length of {@code ticket_attachment.filename}. */
	static final int NAME_LENGTH = 255;

	private final AttachmentSettings settings;

	private final AttachmentRows rows;

	AttachmentChecks(AttachmentSettings settings, AttachmentRows rows) {
		this.settings = settings;
		this.rows = rows;
	}

	List<CheckedFile> check(long ticketId, List<IncomingFile> files) {
		return check(files, files.isEmpty() ? 0 : this.rows.totalSize(ticketId));
	}

	/** @param stored what the ticket's files take already */
	List<CheckedFile> check(List<IncomingFile> files, long stored) {
		if (files.size() > this.settings.maxFilesPerRequest()) {
			throw new AttachmentRefusedException("too-many-attachments", null, this.settings.maxFilesPerRequest(),
					"At most " + this.settings.maxFilesPerRequest() + " files at once");
		}
		long maxFile = this.settings.maxFileSize().toBytes();
		long total = 0;
		for (IncomingFile file : files) {
			if (file.size() > maxFile) {
				throw new AttachmentRefusedException("attachment-too-large", cleanName(file.filename()),
						this.settings.maxFileSize(), cleanName(file.filename()) + " is larger than " + this.settings.maxFileSize());
			}
			total += file.size();
		}
		long maxTicket = this.settings.maxTicketSize().toBytes();
		if (stored + total > maxTicket) {
			throw new AttachmentRefusedException("ticket-attachments-full", null, this.settings.maxTicketSize(),
					"A ticket's files may take at most " + this.settings.maxTicketSize() + " together");
		}
		return files.stream().map(AttachmentChecks::checked).toList();
	}

	private static CheckedFile checked(IncomingFile file) {
		String name = cleanName(file.filename());
		if (file.size() == 0) {
			throw new AttachmentRefusedException("attachment-empty", name, null, name + " is empty");
		}
		String type = FileTypes.detect(file.content())
			.orElseThrow(() -> new AttachmentRefusedException("attachment-type-refused", name, null,
					name + " is not a type we take: images, PDF, text and office documents"));
		return new CheckedFile(name, type, file.content(), sha256(file.content()));
	}

	/** The last path segment, without control characters, at most 255 characters; "file" when nothing is left. */
	static String cleanName(String filename) {
		String name = filename == null ? "" : filename;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > NAME_LENGTH) {
			name = name.substring(name.length() - NAME_LENGTH);
		}
		return name.isEmpty() ? "file" : name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package io.connectdesk.attachment;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import io.connectdesk.common.DeskException;

/**
 * A file, or the whole upload, refused before anything was stored. Codes: {@code attachment-too-large},
 * {@code attachment-type-refused}, {@code attachment-empty}, {@code too-many-attachments},
 * {@code ticket-attachments-full}.
 */
public class AttachmentRefusedException extends DeskException {

	private final String filename;

	private final Object limit;

	AttachmentRefusedException(String code, String filename, Object limit, String message) {
		super(Kind.INVALID, code, message);
		this.filename = filename;
		this.limit = limit;
	}

	/** The refused file's name; {@code null} when the upload as a whole was refused. */
	public String filename() {
		return this.filename;
	}

	/** The limit that was passed, for messages; {@code null} for a refused type. */
	public Object limit() {
		return this.limit;
	}

	/** The person's message: {@code problem.<code>} with the file's name and the limit. */
	public MessageSourceResolvable resolvable() {
		return new DefaultMessageSourceResolvable(new String[] { "problem." + code() }, new Object[] { this.filename, this.limit },
				getMessage());
	}

}

package io.connectdesk.attachment;

import io.connectdesk.ticket.LineKind;

/** The lines the attachment module writes on a ticket's timeline (messages {@code timeline.<name>} in its bundle). */
public enum AttachmentLine implements LineKind {

	/** Files added to the public conversation. */
	FILE_ADDED,
	/** Files added with an internal note: staff only see that they exist. */
	FILE_ADDED_INTERNAL;

	@Override
	public boolean isInternal() {
		return this == FILE_ADDED_INTERNAL;
	}

}

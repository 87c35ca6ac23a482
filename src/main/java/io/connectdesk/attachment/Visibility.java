package io.connectdesk.attachment;

/** Who sees a file: everyone on the ticket, or (with an internal note) service staff only. */
public enum Visibility {

	PUBLIC, INTERNAL;

	public static Visibility of(boolean internal) {
		return internal ? INTERNAL : PUBLIC;
	}

}

package io.connectdesk.access;

/** What a one-time link is for, and the page that takes it. */
public enum LinkPurpose {

	VERIFY("/signup/verify/"), INVITE("/invitations/");

	private final String path;

	LinkPurpose(String path) {
		this.path = path;
	}

	String path() {
		return this.path;
	}

}

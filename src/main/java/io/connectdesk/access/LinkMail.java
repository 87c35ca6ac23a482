package io.connectdesk.access;

import java.util.Locale;

/**
 * A one-time link to mail once the transaction that issued it has committed. Lives only in memory.
 */
record LinkMail(String to, String name, Locale locale, LinkPurpose purpose, String url) {

	@Override
	public String toString() {
		return "LinkMail[" + this.purpose + " to " + this.to + "]";
	}

}

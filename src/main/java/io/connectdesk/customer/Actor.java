package io.connectdesk.customer;

import io.connectdesk.common.Caller;

/**
 * Who makes a change, as the audit log names them.
 *
 * @param userId the account's id; {@code null} for the application itself
 */
public record Actor(Long userId, String name) {

	/** The application, when it changes data on its own (demo data, migrations). */
	public static final Actor SYSTEM = new Actor(null, "system");

	public static Actor of(Caller caller) {
		return new Actor(caller.userId(), caller.name());
	}

}

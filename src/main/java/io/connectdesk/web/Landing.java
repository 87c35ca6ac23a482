package io.connectdesk.web;

import java.util.Collection;

import io.connectdesk.common.Role;

/**
 * Where each role's work is: the page a person lands on after signing in and at {@code /}. An admin
 * looks after customers, an SRE or expert works the queue, an approver decides on cost changes, a
 * requester follows their tickets. A person with several roles lands on the first of that order.
 */
public final class Landing {

	static final String TICKETS = "/tickets";

	private Landing() {
	}

	public static String of(Collection<Role> roles) {
		if (roles.contains(Role.ADMIN)) {
			return "/admin/customers";
		}
		if (roles.contains(Role.SRE) || roles.contains(Role.EXPERT)) {
			return "/queue";
		}
		if (roles.contains(Role.APPROVER)) {
			return "/approvals";
		}
		return TICKETS;
	}

}

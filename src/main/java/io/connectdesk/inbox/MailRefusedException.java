package io.connectdesk.inbox;

import io.connectdesk.common.ForbiddenException;

/** A mail the desk does not take: from a stranger, to a closed ticket, or to an address that names no ticket. */
class MailRefusedException extends ForbiddenException {

	MailRefusedException(String code, String message) {
		super(code, message);
	}

}

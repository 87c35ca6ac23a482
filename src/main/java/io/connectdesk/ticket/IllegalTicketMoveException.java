package io.connectdesk.ticket;

import io.connectdesk.common.ConflictException;

/** The ticket's status does not allow the move. */
public class IllegalTicketMoveException extends ConflictException {

	public static final String CODE = "illegal-ticket-move";

	IllegalTicketMoveException(String key, TicketStatus status, String move) {
		super(CODE, "Ticket " + key + " is " + status + ": it cannot be " + move);
	}

	IllegalTicketMoveException(String code, String message) {
		super(code, message);
	}

}

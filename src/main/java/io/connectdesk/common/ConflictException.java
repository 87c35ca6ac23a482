package io.connectdesk.common;

/** The move is illegal in the current state of the thing it targets. */
public class ConflictException extends DeskException {

	public ConflictException(String code, String message) {
		super(Kind.CONFLICT, code, message);
	}

}

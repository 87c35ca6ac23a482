package io.connectdesk.common;

/** The caller may see the thing but may not do this to it. */
public class ForbiddenException extends DeskException {

	public ForbiddenException(String code, String message) {
		super(Kind.FORBIDDEN, code, message);
	}

}

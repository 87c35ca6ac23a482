package io.connectdesk.common;

/** A well-formed request that contradicts an earlier one. */
public class UnprocessableException extends DeskException {

	public UnprocessableException(String code, String message) {
		super(Kind.UNPROCESSABLE, code, message);
	}

}

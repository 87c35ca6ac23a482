package io.connectdesk.incident;

import io.connectdesk.common.DeskException;

/** A delivery that is not the format its endpoint takes (not JSON, wrong shape, another webhook version). */
public class MalformedAlertsException extends DeskException {

	public static final String CODE = "alert-payload-malformed";

	public MalformedAlertsException(String message) {
		super(Kind.INVALID, CODE, message);
	}

}

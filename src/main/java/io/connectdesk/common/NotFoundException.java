package io.connectdesk.common;

/** Nothing the caller may see exists under that id: unknown and foreign look the same. */
public class NotFoundException extends DeskException {

	public NotFoundException(String code, String message) {
		super(Kind.NOT_FOUND, code, message);
	}

}

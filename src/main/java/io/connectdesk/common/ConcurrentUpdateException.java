package io.connectdesk.common;

/**
 * Someone else changed the same thing at the same moment and committed first (the engine's optimistic
 * locking, for example): nothing was changed, and the same request may succeed when tried again.
 */
public class ConcurrentUpdateException extends ConflictException {

	public static final String CODE = "concurrent-update";

	public ConcurrentUpdateException(Throwable cause) {
		super(CODE, "Someone else changed this at the same time; try again");
		initCause(cause);
	}

}

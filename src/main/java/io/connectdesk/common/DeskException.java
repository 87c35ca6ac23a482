package io.connectdesk.common;

/**
 * A refused request. {@link #code()} is stable and documented: clients may switch on it.
 * The message is for people and may change.
 */
public abstract class DeskException extends RuntimeException {

	private final String code;

	private final Kind kind;

	protected DeskException(Kind kind, String code, String message) {
		super(message);
		this.kind = kind;
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public Kind kind() {
		return this.kind;
	}

	/** What sort of refusal this is; the web layer turns it into a status. */
	public enum Kind {

		/** The input is wrong; {@link InvalidInputException} names each field. */
		INVALID,
		/** Nothing the caller may see exists under that id. */
		NOT_FOUND,
		/** The thing exists, but the move is illegal in its current state. */
		CONFLICT,
		/** Well-formed, but contradicts an earlier request (a reused idempotency key). */
		UNPROCESSABLE,
		/** The caller is known but not allowed to do this. */
		FORBIDDEN

	}

}

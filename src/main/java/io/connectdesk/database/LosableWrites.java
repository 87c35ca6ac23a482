package io.connectdesk.database;

import java.util.function.Supplier;

/**
 * Writes that need not survive the death of the process, so that their commit does not wait for the database file:
 * a rate-limit counter's hit (losing one lets a client make one more request). They still reach the file with the
 * next store, and they are still atomic and isolated; only the wait is skipped. Everything a user is told has
 * happened must not be written here.
 */
public final class LosableWrites {

	private static final ThreadLocal<Boolean> LOSABLE = new ThreadLocal<>();

	private LosableWrites() {
	}

	public static <T> T run(Supplier<T> writes) {
		Boolean outer = LOSABLE.get();
		LOSABLE.set(Boolean.TRUE);
		try {
			return writes.get();
		}
		finally {
			LOSABLE.set(outer);
		}
	}

	static boolean now() {
		return LOSABLE.get() != null;
	}

}

package io.connectdesk.identity;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * Tells the sign-in page until when a failed sign-in left the account locked. Spring Security keeps
 * only the exception ({@code LockedException}, no account) in the session; the throttle adds the instant.
 */
public final class SignInLock {

	static final String SESSION_ATTRIBUTE = SignInLock.class.getName() + ".LOCKED_UNTIL";

	private SignInLock() {
	}

	/** Until when the last failed sign-in of this session left its account locked, if it is still locked then. */
	public static Optional<Instant> lockedUntil(HttpSession session, Instant now) {
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Instant until && now.isBefore(until)) {
			return Optional.of(until);
		}
		return Optional.empty();
	}

}

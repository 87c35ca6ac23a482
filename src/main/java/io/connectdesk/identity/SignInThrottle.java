package io.connectdesk.identity;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Locks an account for a while after too many failed sign-ins (wrong password) from one client
 * address, for that address only, and refuses every sign-in from an address after too many failures
 * from it (SignInFailures has the rule); a successful sign-in forgets that account's failures from its
 * address. While locked, {@link AccountDetails#isAccountNonLocked()} makes Spring Security refuse even
 * the right password.
 */
@Component
class SignInThrottle {

	private final SignInFailures failures;

	SignInThrottle(SignInFailures failures) {
		this.failures = failures;
	}

	@EventListener
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		String email = event.getAuthentication().getName();
		this.failures.failed(email);
		rememberForTheSignInPage(this.failures.standing(email).lockedUntil());
	}

	@EventListener
	public void refusedWhileLocked(AuthenticationFailureLockedEvent event) {
		rememberForTheSignInPage(this.failures.standing(event.getAuthentication().getName()).lockedUntil());
	}

	@EventListener
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountDetails details && details.hadFailedAttempts()) {
			this.failures.succeeded(details.getUsername());
		}
	}

	/** Only for the sign-in form: a script's HTTP Basic call must not get a session for this. */
	private static void rememberForTheSignInPage(Instant lockedUntil) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
				request.getSession().setAttribute(SignInLock.SESSION_ATTRIBUTE, lockedUntil);
			}
		}
	}

}

package io.connectdesk.identity;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
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

	private final UserAccountRepository accounts;

	private final ApplicationEventPublisher events;

	SignInThrottle(SignInFailures failures, UserAccountRepository accounts, ApplicationEventPublisher events) {
		this.failures = failures;
		this.accounts = accounts;
		this.events = events;
	}

	@EventListener
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		String email = event.getAuthentication().getName();
		this.failures.failed(email);
		SignInFailures.Standing standing = this.failures.standing(email);
		rememberForTheSignInPage(standing.lockedUntil());
		if (standing.lockedUntil() != null) { // a locked account's sign-in never reaches the password check: this failure locked it
			this.accounts.findByEmailIgnoreCase(email)
				.ifPresent(account -> this.events.publishEvent(SignInLockAudit.locked(account, standing, SignInFailures.clientAddress())));
		}
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

package io.connectdesk.identity;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.connectdesk.common.AuditedAct;

/**
 * Locks an account for a while after too many consecutive failed sign-ins (wrong password); a
 * successful sign-in forgets them. While locked, {@link AccountDetails#isAccountNonLocked()} makes
 * Spring Security refuse even the right password.
 */
@Component
class SignInThrottle {

	private final UserAccountRepository repository;

	private final SignInSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SignInThrottle(UserAccountRepository repository, SignInSettings settings, Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = this.clock.instant();
		this.repository.findByEmailIgnoreCase(event.getAuthentication().getName()).ifPresent(account -> {
			account.signInFailed(now, this.settings.maxFailedAttempts(), this.settings.lockDuration());
			rememberForTheSignInPage(account.isLockedAt(now) ? account.getLockedUntil() : null);
			if (account.isLockedAt(now)) { // only a failure of an unlocked account gets here: this one locked it
				this.events.publishEvent(SignInLockAudit.locked(account, event.getAuthentication().getDetails()));
			}
		});
	}

	@EventListener
	@Transactional(readOnly = true)
	public void refusedWhileLocked(AuthenticationFailureLockedEvent event) {
		this.repository.findByEmailIgnoreCase(event.getAuthentication().getName())
			.ifPresent(account -> rememberForTheSignInPage(account.getLockedUntil()));
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountDetails details && details.hadFailedAttempts()) {
			this.repository.findByEmailIgnoreCase(details.getUsername()).ifPresent(UserAccount::signInSucceeded);
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

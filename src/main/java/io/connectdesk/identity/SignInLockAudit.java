package io.connectdesk.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

import io.connectdesk.common.AuditedAct;

/** The audit log's entry for a lock-out by the sign-in throttle: the system acted, on the account. */
final class SignInLockAudit {

	static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";

	private SignInLockAudit() {
	}

	/** @param signInDetails the failed sign-in's details: for form and Basic sign-ins, where it came from */
	static AuditedAct locked(UserAccount account, Object signInDetails) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("email", account.getEmail());
		details.put("failedAttempts", account.getFailedAttempts());
		details.put("lockedUntil", String.valueOf(account.getLockedUntil()));
		if (signInDetails instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
			details.put("clientAddress", web.getRemoteAddress());
		}
		return AuditedAct.bySystem(SIGN_IN_LOCKED, account.getCustomerId(), "user", account.getId(), details);
	}

}

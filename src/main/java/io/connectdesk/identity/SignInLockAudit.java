package io.connectdesk.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.connectdesk.common.AuditedAct;

/** The audit log's entry for a lock-out by the sign-in throttle: the system acted, on the account. */
final class SignInLockAudit {

	static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";

	private SignInLockAudit() {
	}

	static AuditedAct locked(UserAccount account) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("email", account.getEmail());
		details.put("failedAttempts", account.getFailedAttempts());
		details.put("lockedUntil", String.valueOf(account.getLockedUntil()));
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			details.put("clientAddress", attributes.getRequest().getRemoteAddr());
		}
		return AuditedAct.bySystem(SIGN_IN_LOCKED, account.getCustomerId(), "user", account.getId(), details);
	}

}

package io.connectdesk.identity;

import java.util.LinkedHashMap;
import java.util.Map;


import io.connectdesk.common.AuditedAct;

/** The audit log's entry for a lock-out by the sign-in throttle: the system acted, on the account. */
final class SignInLockAudit {

	static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";

	private SignInLockAudit() {
	}

	/** @param clientAddress where the failed sign-ins came from: the account is locked for that address only */
	static AuditedAct locked(UserAccount account, SignInFailures.Standing standing, String clientAddress) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("email", account.getEmail());
		details.put("failedAttempts", standing.failures());
		details.put("lockedUntil", String.valueOf(standing.lockedUntil()));
		details.put("clientAddress", clientAddress);
		return AuditedAct.bySystem(SIGN_IN_LOCKED, account.getCustomerId(), "user", account.getId(), details);
	}

}

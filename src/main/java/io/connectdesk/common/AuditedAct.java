package io.connectdesk.common;

import java.util.Map;

/**
 * Published, in its transaction, by a module that did something an admin or the security layer
 * answers for (a grant, an invitation, a lock-out, a token, a deployment): the audit module records
 * it. Modules publish; none calls the audit log.
 *
 * @param actorId the person who acted; {@code null} for the system or someone without an account
 * @param actorName who acted, as people read it ({@link #SYSTEM} for the application itself)
 * @param action a stable code such as {@code APPROVER_GRANTED}
 * @param customerId the customer the act concerns; {@code null} when none
 * @param targetType what was acted on, such as {@code user} or {@code api-token}
 * @param targetId which one
 * @param details what else the act needs to be understood (never a secret)
 */
public record AuditedAct(Long actorId, String actorName, String action, Long customerId, String targetType,
		String targetId, Map<String, Object> details) {

	public static final String SYSTEM = "system";

	public AuditedAct {
		details = details == null ? Map.of() : Map.copyOf(details);
	}

	/** An act of a signed-in person. */
	public static AuditedAct by(Caller caller, String action, Long customerId, String targetType, Object targetId,
			Map<String, Object> details) {
		return new AuditedAct(caller.userId(), caller.email(), action, customerId, targetType, String.valueOf(targetId), details);
	}

	/** An act of the application itself (the security layer, a start-up). */
	public static AuditedAct bySystem(String action, Long customerId, String targetType, Object targetId,
			Map<String, Object> details) {
		return new AuditedAct(null, SYSTEM, action, customerId, targetType, String.valueOf(targetId), details);
	}

}

package io.connectdesk.audit;

import java.time.Instant;

/**
 * Which entries to find; every part is optional.
 * @param action the action code, exactly (case ignored)
 * @param actor part of the actor's name or e-mail (case ignored)
 * @param from entries recorded at or after
 * @param to entries recorded before
 */
public record AuditFilter(String action, String actor, Long customerId, String entityType, String entityId,
		Instant from, Instant to) {

	public AuditFilter {
		action = blankToNull(action);
		actor = blankToNull(actor);
		entityType = blankToNull(entityType);
		entityId = blankToNull(entityId);
	}

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}

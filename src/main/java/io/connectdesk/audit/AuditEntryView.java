package io.connectdesk.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One entry of the audit log: when, who, what (the action code), which customer, on what, and how.
 * {@code before}, {@code after} and {@code details} are JSON ({@code null} when there was none).
 */
public record AuditEntryView(Long id, Instant recordedAt, Long actorId, String actorName, String action,
		Long customerId, String entityType, String entityId, @JsonRawValue String before, @JsonRawValue String after,
		@JsonRawValue String details) {
}

package io.connectdesk.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One entry of the audit log; {@code before} and {@code after} are JSON ({@code null} when there was none). */
public record AuditEntryView(Long id, Instant recordedAt, Long actorId, String actorName, String entityType,
		String entityId, String action, @JsonRawValue String before, @JsonRawValue String after) {
}

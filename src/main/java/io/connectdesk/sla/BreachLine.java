package io.connectdesk.sla;

import java.time.Instant;

/** One breach in a report: which ticket, which target, when it was due and when it was recorded. */
public record BreachLine(String ticketId, ServiceLevelTarget target, Instant dueAt, Instant recordedAt) {
}

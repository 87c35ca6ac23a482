package io.connectdesk.ticket;

import java.time.Instant;

/** @param actor who did it; {@code null} when the system did (a timer fired) */
public record TimelineEntry(LineKind kind, String actor, String detail, Instant at) {
}

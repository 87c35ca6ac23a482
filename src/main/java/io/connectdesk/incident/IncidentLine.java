package io.connectdesk.incident;

import java.time.Instant;

/** A timeline line as callers see it; {@code publicLine}: the customer reads it. */
public record IncidentLine(Instant at, IncidentEventKind kind, boolean publicLine, String actor, String text) {
}

package io.connectdesk.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A line of a ticket's timeline as a reader sees it.
 *
 * @param actor who did it; {@code null} when the system did (a timer fired)
 * @param detail what the line says besides its kind, in the reader's language (lines written before details had
 * sentences: their English text); {@code null} for none
 * @param detailKey the detail's sentence ({@code timeline.detail.<name>}), for programs; {@code null} for plain text
 * @param arguments the sentence's typed arguments, for programs
 */
public record TimelineEntry(LineKind kind, String actor, String detail, Instant at, String detailKey,
		List<LineArgument> arguments) {
}

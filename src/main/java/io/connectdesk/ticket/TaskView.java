package io.connectdesk.ticket;

import java.time.Instant;
import java.util.List;

/**
 * An open task of a ticket, with the outcomes it takes.
 *
 * @param assignee the e-mail of who claimed it; {@code null} while nobody has
 * @param assigneeName their display name, which pages show; {@code null} while nobody has claimed it
 */
public record TaskView(String id, TaskKind kind, String name, String assignee, Instant created, List<Outcome> outcomes,
		String assigneeName) {
}

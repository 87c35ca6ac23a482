package io.connectdesk.ticket;

import java.time.Instant;
import java.util.List;

/** An open task of a ticket, with the outcomes it takes. */
public record TaskView(String id, TaskKind kind, String name, String assignee, Instant created, List<Outcome> outcomes) {
}

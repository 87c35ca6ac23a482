package io.connectdesk.ticket;

import java.time.Instant;

/** A conversation entry as the caller may see it. */
public record MessageView(Long id, String author, boolean internal, String body, Instant at) {
}

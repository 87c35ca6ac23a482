package io.connectdesk.sla;

import java.time.Instant;

/**
 * A ticket has used the warning share of a target (75 % by default) and is still open on it. Published
 * inside the transaction of the timer job; the escalation ladder listens to it.
 */
public record ServiceLevelWarning(String ticketId, Long customerId, ServiceLevelTarget target, Instant dueAt) {
}

package io.connectdesk.sla;

import java.time.Instant;

/** A target's due time passed before the ticket met it. Published inside the transaction of the timer job. */
public record ServiceLevelBreached(String ticketId, Long customerId, ServiceLevelTarget target, Instant dueAt) {
}

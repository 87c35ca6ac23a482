package io.connectdesk.incident;

import java.time.Instant;

/** Someone acknowledged the incident: its first response (published inside the acknowledging transaction). */
public record IncidentAcknowledged(Long incidentId, Long customerId, String ticketId, String by, Instant at) {
}

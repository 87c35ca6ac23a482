package io.connectdesk.incident;

/** An incident was opened (published inside the opening transaction). */
public record IncidentOpened(Long incidentId, Long customerId, Severity severity, String ticketId) {
}

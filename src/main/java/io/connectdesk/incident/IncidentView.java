package io.connectdesk.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An incident as a caller sees it. Customers get only the public lines of the timeline and no alerts'
 * labels; staff get everything.
 */
public record IncidentView(Long id, Long customerId, String customerName, String title, String component,
		String environment, boolean production, Severity severity, IncidentStatus status, String ticketId, Instant openedAt,
		Instant acknowledgedAt, String acknowledgedBy, Instant mitigatedAt, Instant resolvedAt, Duration timeToAcknowledge,
		List<AlertView> alerts, List<IncidentLine> timeline) {

	/** One alert of the incident. */
	public record AlertView(String fingerprint, String name, AlertStatus status, String summary, int received,
			Instant lastReceivedAt, Instant endsAt) {
	}

}

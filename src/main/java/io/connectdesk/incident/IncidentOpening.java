package io.connectdesk.incident;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.connectdesk.customer.ServicePlan;

/**
 * Opens an incident, from an alert or a filed {@code INCIDENT} ticket: its severity by policy, its
 * first timeline line, its service-level alarm, and {@link IncidentOpened} (which starts its process) in the caller's transaction.
 */
@Component
class IncidentOpening {

	private final SeverityPolicy severities;

	private final IncidentRepository incidents;

	private final IncidentTimeline timeline;

	private final IncidentAlarms alarms;

	private final ApplicationEventPublisher events;

	IncidentOpening(SeverityPolicy severities, IncidentRepository incidents, IncidentTimeline timeline, IncidentAlarms alarms,
			ApplicationEventPublisher events) {
		this.severities = severities;
		this.alarms = alarms;
		this.incidents = incidents;
		this.timeline = timeline;
		this.events = events;
	}

	/** @param severityLabel the monitor's severity label, or what a filed ticket stands for */
	Incident open(Long customerId, ServicePlan plan, String title, String component, String environment, boolean production,
			String severityLabel, String ticketId, Instant now) {
		Severity severity = this.severities.severity(severityLabel, component, production, plan);
		Incident incident = new Incident(customerId, title, component, environment, production, severity, now);
		if (ticketId != null) {
			incident.linkTicket(ticketId);
		}
		incident = this.incidents.save(incident);
		this.timeline.record(incident.getId(), IncidentEventKind.OPENED, null, severity.name() + " " + incident.getTitle());
		this.alarms.opened(incident, plan);
		this.events.publishEvent(new IncidentOpened(incident.getId(), customerId, severity, ticketId));
		return incident;
	}

}

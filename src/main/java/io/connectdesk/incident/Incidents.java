package io.connectdesk.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.customer.Customers;

/**
 * Reading incidents (scoped to the caller's customer; staff see all) and the SRE's severity change,
 * which needs a reason and lands on the timeline.
 */
@Service
public class Incidents {

	/** How far back the status page and the list reach for resolved incidents. */
	public static final Duration RECENT = Duration.ofDays(90);

	public static final String NOT_FOUND = "incident-not-found";

	private final IncidentRepository incidents;

	private final IncidentAlertRepository alerts;

	private final IncidentTimeline timeline;

	private final IncidentMetrics metrics;

	private final Customers customers;

	private final IncidentAlarms alarms;

	private final Clock clock;

	Incidents(IncidentRepository incidents, IncidentAlertRepository alerts, IncidentTimeline timeline, IncidentMetrics metrics,
			Customers customers, IncidentAlarms alarms, Clock clock) {
		this.alarms = alarms;
		this.incidents = incidents;
		this.alerts = alerts;
		this.timeline = timeline;
		this.metrics = metrics;
		this.customers = customers;
		this.clock = clock;
	}

	/** The open incidents and those of the last 90 days the caller may see, newest first. */
	@Transactional(readOnly = true)
	public List<IncidentView> recent(Caller caller) {
		Instant since = this.clock.instant().minus(RECENT);
		List<Incident> found;
		if (caller.isStaff()) {
			found = this.incidents.recent(since);
		}
		else if (caller.customerId() != null) {
			found = this.incidents.recentOf(caller.customerId(), since);
		}
		else {
			found = List.of();
		}
		return found.stream().map(incident -> view(incident, !caller.isStaff(), false)).toList();
	}

	/** The customer's open incidents and those of the last 90 days as the customer sees them, with public timelines. */
	@Transactional(readOnly = true)
	public List<IncidentView> publicOf(Long customerId) {
		return this.incidents.recentOf(customerId, this.clock.instant().minus(RECENT))
			.stream()
			.map(incident -> view(incident, true, true))
			.toList();
	}

	/** The incident opened by that ticket, as the caller sees it; empty when there is none or the caller may not see it. */
	@Transactional(readOnly = true)
	public java.util.Optional<IncidentView> ofTicket(Caller caller, String ticketId) {
		return this.incidents.findByTicketId(ticketId)
			.filter(incident -> caller.canSee(incident.getCustomerId()))
			.map(incident -> view(incident, !caller.isStaff(), true));
	}

	/** One incident, with its alerts and timeline; another customer's does not exist for the caller. */
	@Transactional(readOnly = true)
	public IncidentView detail(Caller caller, Long incidentId) {
		Incident incident = visible(caller, incidentId);
		return view(incident, !caller.isStaff(), true);
	}

	/** An SRE (or admin) changes the severity, with a reason the timeline keeps. */
	@Transactional
	public IncidentView changeSeverity(Caller caller, Long incidentId, Severity severity, String reason) {
		Incident incident = visible(caller, incidentId);
		requireStaff(caller);
		if (severity == null) {
			throw InvalidInputException.of("severity", "Choose SEV1, SEV2, SEV3 or SEV4");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw InvalidInputException.of("reason", "Say why the severity changes (at most 1000 characters)");
		}
		Severity before = incident.getSeverity();
		if (before != severity) {
			incident.changeSeverity(severity);
			this.timeline.record(incident.getId(), IncidentEventKind.SEVERITY_CHANGED, caller.email(),
					before + " → " + severity + ": " + reason.strip());
			this.alarms.recheck(incident.getId()); // other targets: the breach sweep looks again
			if (incident.getStatus().isOpen()) {
				this.metrics.severityChanged(before, severity);
			}
		}
		return view(incident, false, true);
	}

	Incident visible(Caller caller, Long incidentId) {
		return this.incidents.findById(incidentId)
			.filter(incident -> caller.canSee(incident.getCustomerId()))
			.orElseThrow(() -> new NotFoundException(NOT_FOUND, "No incident " + incidentId));
	}

	static void requireStaff(Caller caller) {
		if (!caller.isStaff()) {
			throw new ForbiddenException("incident-staff-only", "Only service staff work incidents");
		}
	}

	IncidentView view(Incident incident, boolean customerView, boolean withDetails) {
		List<IncidentView.AlertView> alertViews = !withDetails || customerView ? List.of()
				: this.alerts.findByIncidentIdOrderById(incident.getId())
					.stream()
					.map(alert -> new IncidentView.AlertView(alert.getFingerprint(), alert.getAlertName(), alert.getStatus(),
							alert.getSummary(), alert.getReceived(), alert.getLastReceivedAt(), alert.getEndsAt()))
					.toList();
		List<IncidentLine> lines = withDetails ? this.timeline.of(incident.getId(), customerView) : List.of();
		return new IncidentView(incident.getId(), incident.getCustomerId(), this.customers.nameOf(incident.getCustomerId()),
				incident.getTitle(), incident.getComponent(), incident.getEnvironment(), incident.isProduction(),
				incident.getSeverity(), incident.getStatus(), incident.getTicketId(), incident.getOpenedAt(),
				incident.getAcknowledgedAt(), customerView ? null : incident.getAcknowledgedBy(), incident.getMitigatedAt(),
				incident.getResolvedAt(), incident.timeToAcknowledge(), alertViews, lines);
	}

}

package io.connectdesk.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.ticket.SystemResolution;
import io.connectdesk.ticket.TicketTasks;
import io.connectdesk.ticket.LineArgument;
import io.connectdesk.ticket.LineDetail;
import io.connectdesk.ticket.TimelineKind;
import io.connectdesk.workflow.ProcessVariables;
import io.connectdesk.workflow.Workflow;

/**
 * The staff's moves on an incident: acknowledge (ends the paging; the first response), then
 * investigating, mitigated, resolved, each with an optional public update that the customer reads
 * and receives by mail; or a public update alone. Each move is checked by the incident's status and
 * tells the {@code Incident} process in the same transaction.
 */
@Service
public class IncidentWork {

	static final int LONGEST_UPDATE = 4000;

	private final Incidents incidents;

	private final IncidentAlertRepository alerts;

	private final IncidentTimeline timeline;

	private final IncidentMetrics metrics;

	private final PublicUpdates updates;

	private final Workflow workflow;

	private final IncidentSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TicketTasks tickets;

	private final SystemResolution ticketResolution;

	IncidentWork(TicketTasks tickets, SystemResolution ticketResolution, Incidents incidents, IncidentAlertRepository alerts, IncidentTimeline timeline, IncidentMetrics metrics,
			PublicUpdates updates, Workflow workflow, IncidentSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.incidents = incidents;
		this.alerts = alerts;
		this.timeline = timeline;
		this.metrics = metrics;
		this.updates = updates;
		this.workflow = workflow;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.tickets = tickets;
		this.ticketResolution = ticketResolution;
	}

	@Transactional
	public IncidentView acknowledge(Caller caller, Long incidentId) {
		Incident incident = this.incidents.visible(caller, incidentId);
		Incidents.requireStaff(caller);
		Instant now = this.clock.instant();
		incident.move(IncidentStatus.ACKNOWLEDGED, caller.email(), now);
		this.timeline.record(incidentId, IncidentEventKind.ACKNOWLEDGED, caller.email(), null);
		this.workflow.correlate(IncidentProcess.MESSAGE_ACKNOWLEDGED, IncidentProcess.keyOf(incidentId), ProcessVariables.none());
		this.metrics.acknowledged(Duration.between(incident.getOpenedAt(), now));
		if (incident.getTicketId() != null) { // the acknowledgement is the ticket's first response
			this.tickets.recordBySystem(incident.getTicketId(), TimelineKind.ACCEPTED,
					LineDetail.of(IncidentSentence.ACKNOWLEDGED_AS, LineArgument.text(IncidentProcess.keyOf(incidentId))));
		}
		this.events.publishEvent(new IncidentAcknowledged(incidentId, incident.getCustomerId(), incident.getTicketId(), caller.email(), now));
		return this.incidents.view(incident, false, true);
	}

	/**
	 * Moves the incident to that status (none: a public update alone) with the public text (optional
	 * with a move, required without one).
	 */
	@Transactional
	public IncidentView update(Caller caller, Long incidentId, IncidentStatus to, String publicText) {
		Incident incident = this.incidents.visible(caller, incidentId);
		Incidents.requireStaff(caller);
		String text = publicText == null || publicText.isBlank() ? null : publicText.strip();
		if (text != null && text.length() > LONGEST_UPDATE) {
			throw InvalidInputException.of("text", "An update has at most " + LONGEST_UPDATE + " characters");
		}
		if (to == null && text == null) {
			throw InvalidInputException.of("text", "Write the update");
		}
		if (to == IncidentStatus.ACKNOWLEDGED) {
			return acknowledge(caller, incidentId);
		}
		if (to == null) {
			this.timeline.record(incidentId, IncidentEventKind.PUBLIC_UPDATE, caller.email(), text);
		}
		else {
			Instant now = this.clock.instant();
			incident.move(to, caller.email(), now);
			this.timeline.record(incidentId, IncidentEventKind.STATUS_CHANGED, caller.email(), to + (text == null ? "" : ": " + text));
			tellTheProcess(incident, to, now);
		}
		this.updates.send(incident, to, text);
		if (incident.getTicketId() != null) { // the customer reads the update on the ticket too
			this.tickets.recordBySystem(incident.getTicketId(), IncidentTicketLine.INCIDENT_UPDATED,
					IncidentSentence.update(to, text));
			if (to == IncidentStatus.RESOLVED) { // an open ticket ends with its incident (docs/incident-desk.md)
				this.ticketResolution.resolve(incident.getTicketId(),
						LineDetail.of(IncidentSentence.RESOLVED_WITH, LineArgument.text(IncidentProcess.keyOf(incidentId))));
			}
		}
		return this.incidents.view(incident, false, true);
	}

	private void tellTheProcess(Incident incident, IncidentStatus to, Instant now) {
		String key = IncidentProcess.keyOf(incident.getId());
		if (to == IncidentStatus.MITIGATED) {
			this.workflow.correlateAll(IncidentProcess.MESSAGE_MITIGATED, key, ProcessVariables.none());
		}
		else if (to == IncidentStatus.RESOLVED) {
			this.alerts.findByIncidentIdOrderById(incident.getId()).forEach(IncidentAlert::close);
			this.workflow.correlate(IncidentProcess.MESSAGE_RESOLVED, key,
					ProcessVariables.of(IncidentProcess.NEEDS_POSTMORTEM.value(incident.getSeverity().needsPostmortem()),
							IncidentProcess.POSTMORTEM_DUE.value(now.plus(this.settings.postmortemDue()).toString())));
			this.metrics.resolved(incident.getSeverity(), Duration.between(incident.getOpenedAt(), now));
		}
	}

}

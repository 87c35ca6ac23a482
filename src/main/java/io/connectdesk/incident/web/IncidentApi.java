package io.connectdesk.incident.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.Caller;
import io.connectdesk.incident.IncidentServiceLevels;
import io.connectdesk.incident.IncidentStatus;
import io.connectdesk.incident.IncidentView;
import io.connectdesk.incident.IncidentWork;
import io.connectdesk.incident.Incidents;
import io.connectdesk.incident.Severity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Incidents: customers see their own (public timeline only), staff see all and change severities. */
@RestController
@Tag(name = "Incidents", description = "Incidents opened by alerts or INCIDENT tickets")
class IncidentApi {

	private final Incidents incidents;

	private final IncidentWork work;

	private final IncidentServiceLevels serviceLevels;

	IncidentApi(Incidents incidents, IncidentWork work, IncidentServiceLevels serviceLevels) {
		this.serviceLevels = serviceLevels;
		this.incidents = incidents;
		this.work = work;
	}

	@GetMapping("/api/v1/incidents")
	@Operation(summary = "Open incidents and those of the last 90 days the caller may see")
	List<IncidentView> recent(Caller caller) {
		return this.incidents.recent(caller);
	}

	@GetMapping("/api/v1/incidents/sla-report")
	@Operation(summary = "Incident service levels of the last 90 days: times to acknowledge (the first response), mitigate "
			+ "and resolve, the targets by severity and plan, and which were missed")
	List<IncidentServiceLevels.ReportRow> slaReport(Caller caller) {
		return this.serviceLevels.report(caller);
	}

	@GetMapping("/api/v1/incidents/{id}")
	@Operation(summary = "One incident with its timeline (customers: public lines only)")
	IncidentView detail(@PathVariable Long id, Caller caller) {
		return this.incidents.detail(caller, id);
	}

	@PostMapping("/api/v1/incidents/{id}/severity")
	@Operation(summary = "Change the severity with a reason (SRE, ADMIN)")
	IncidentView changeSeverity(@PathVariable Long id, @RequestBody SeverityChange change, Caller caller) {
		return this.incidents.changeSeverity(caller, id, change.severity(), change.reason());
	}

	@PostMapping("/api/v1/incidents/{id}/acknowledge")
	@Operation(summary = "Acknowledge the incident: the paging stops; the time to acknowledge is its first response (staff)")
	IncidentView acknowledge(@PathVariable Long id, Caller caller) {
		return this.work.acknowledge(caller, id);
	}

	@PostMapping("/api/v1/incidents/{id}/updates")
	@Operation(summary = "Move the incident (status INVESTIGATING, MITIGATED, RESOLVED) and/or post a public update (text) "
			+ "that the customer reads on the status page and receives by mail (staff)")
	IncidentView update(@PathVariable Long id, @RequestBody StatusUpdate update, Caller caller) {
		return this.work.update(caller, id, update.status(), update.text());
	}

	record StatusUpdate(IncidentStatus status, String text) {
	}

	record SeverityChange(Severity severity, String reason) {
	}

}

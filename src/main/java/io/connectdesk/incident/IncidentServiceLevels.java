package io.connectdesk.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.customer.Contracts;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Incident service levels: targets per severity and plan ({@code incident-service-levels.dmn}), a
 * sweep that puts each missed target of an open incident on its timeline once (and counts it), and
 * the report of the last 90 days with the times to acknowledge, mitigate and resolve.
 */
@Service
public class IncidentServiceLevels {

	private final IncidentRepository incidents;

	private final IncidentTargets targets;

	private final IncidentTimeline timeline;

	private final Contracts contracts;

	private final Incidents views;

	private final MeterRegistry registry;

	private final Clock clock;

	IncidentServiceLevels(IncidentRepository incidents, IncidentTargets targets, IncidentTimeline timeline, Contracts contracts,
			Incidents views, MeterRegistry registry, Clock clock) {
		this.incidents = incidents;
		this.targets = targets;
		this.timeline = timeline;
		this.contracts = contracts;
		this.views = views;
		this.registry = registry;
		this.clock = clock;
	}

	/** Records every target an open incident has missed and not yet recorded. */
	@Scheduled(fixedDelayString = "${connectdesk.incident.breach-sweep:PT1M}")
	@Transactional
	public void recordBreaches() {
		Instant now = this.clock.instant();
		for (Incident incident : this.incidents.findByStatusIn(EnumSet.complementOf(EnumSet.of(IncidentStatus.RESOLVED)))) {
			IncidentTargets.Targets due = targetsOf(incident);
			Set<String> recorded = new java.util.HashSet<>();
			this.timeline.of(incident.getId(), false)
				.stream()
				.filter(line -> line.kind() == IncidentEventKind.SERVICE_LEVEL_BREACHED)
				.forEach(line -> recorded.add(line.text()));
			for (IncidentTargets.Target target : IncidentTargets.Target.values()) {
				if (target.metAt(incident) == null && target.missed(incident, due, now) && !recorded.contains(target.name())) {
					this.timeline.record(incident.getId(), IncidentEventKind.SERVICE_LEVEL_BREACHED, null, target.name());
					this.registry.counter("connectdesk.incidents.breaches", "target", target.name(), "severity",
							incident.getSeverity().name()).increment();
				}
			}
		}
	}

	/** The caller's incidents of the last 90 days (staff: all) with their times and missed targets. */
	@Transactional(readOnly = true)
	public List<ReportRow> report(Caller caller) {
		Instant now = this.clock.instant();
		List<ReportRow> rows = new ArrayList<>();
		for (IncidentView view : this.views.recent(caller)) {
			Incident incident = this.incidents.getReferenceById(view.id());
			IncidentTargets.Targets due = targetsOf(incident);
			List<String> missed = new ArrayList<>();
			for (IncidentTargets.Target target : IncidentTargets.Target.values()) {
				if (target.missed(incident, due, now)) {
					missed.add(target.name());
				}
			}
			rows.add(new ReportRow(view.id(), view.customerId(), view.severity(), view.status(), view.openedAt(),
					between(incident, incident.getAcknowledgedAt()), between(incident, incident.getMitigatedAt()),
					between(incident, incident.getResolvedAt()), due.acknowledge(), due.mitigate(), due.resolve(), missed));
		}
		return rows;
	}

	private IncidentTargets.Targets targetsOf(Incident incident) {
		return this.targets.of(incident.getSeverity(), this.contracts.detail(incident.getCustomerId()).contract().plan());
	}

	private static Duration between(Incident incident, Instant at) {
		return at == null ? null : Duration.between(incident.getOpenedAt(), at);
	}

	/** One incident in the report; the times are from the opening, {@code null} while not reached. */
	public record ReportRow(Long incidentId, Long customerId, Severity severity, IncidentStatus status, Instant openedAt,
			Duration timeToAcknowledge, Duration timeToMitigate, Duration timeToResolve, Duration acknowledgeTarget,
			Duration mitigateTarget, Duration resolveTarget, List<String> missedTargets) {
	}

}

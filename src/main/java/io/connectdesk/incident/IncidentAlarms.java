package io.connectdesk.incident;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.connectdesk.customer.Contracts;
import io.connectdesk.customer.ServicePlan;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Each open incident's next service-level alarm ({@link IncidentAlarm}): set when it opens, due again
 * at once when its severity changes, and raised by the breach sweep: each missed target once on the
 * timeline ({@code SERVICE_LEVEL_BREACHED}) and in {@code connectdesk.incidents.breaches}.
 */
@Component
class IncidentAlarms {

	private final IncidentAlarmRepository alarms;

	private final IncidentRepository incidents;

	private final IncidentTargets targets;

	private final IncidentTimeline timeline;

	private final Contracts contracts;

	private final MeterRegistry registry;

	private final Clock clock;

	IncidentAlarms(IncidentAlarmRepository alarms, IncidentRepository incidents, IncidentTargets targets, IncidentTimeline timeline,
			Contracts contracts, MeterRegistry registry, Clock clock) {
		this.alarms = alarms;
		this.incidents = incidents;
		this.targets = targets;
		this.timeline = timeline;
		this.contracts = contracts;
		this.registry = registry;
		this.clock = clock;
	}

	/** In the opening's transaction: one row, its targets from the cached decision. */
	void opened(Incident incident, ServicePlan plan) {
		this.alarms.save(new IncidentAlarm(incident, this.targets.of(incident.getSeverity(), plan)));
	}

	/** The severity changed: the next sweep looks again. */
	void recheck(Long incidentId) {
		this.alarms.findById(incidentId).ifPresent(alarm -> alarm.recheck(this.clock.instant()));
	}

	/**
	 * Raises the incident's due alarm (in the caller's transaction). @param plans the customers' plans
	 * this sweep already read @return how many targets were recorded as breached now
	 */
	int raise(Long incidentId, Map<Long, ServicePlan> plans) {
		IncidentAlarm alarm = this.alarms.findById(incidentId).orElse(null);
		Incident incident = this.incidents.findById(incidentId).orElse(null);
		if (alarm == null || incident == null) {
			return 0;
		}
		ServicePlan plan = plans.computeIfAbsent(incident.getCustomerId(), customer -> planOf(customer));
		List<IncidentTargets.Target> missed = alarm.raise(incident, this.targets.of(incident.getSeverity(), plan), this.clock.instant());
		for (IncidentTargets.Target target : missed) {
			this.timeline.record(incidentId, IncidentEventKind.SERVICE_LEVEL_BREACHED, null, target.name());
			this.registry.counter("connectdesk.incidents.breaches", "target", target.name(), "severity", incident.getSeverity().name())
				.increment();
		}
		return missed.size();
	}

	ServicePlan planOf(Long customerId) {
		return this.contracts.detail(customerId).contract().plan();
	}

}

package io.connectdesk.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.Persistable;

/**
 * When an open incident's next service-level target falls due, and which targets were already recorded
 * as breached (each once). The breach sweep finds due alarms by an index instead of reading every open
 * incident; its version lets one of two racing nodes raise an alarm.
 */
@Entity
@Table(name = "incident_alarm")
class IncidentAlarm implements Persistable<Long> {

	@Id
	private Long incidentId;

	private Instant nextAlarmAt;

	private boolean acknowledgeBreached;

	private boolean mitigateBreached;

	private boolean resolveBreached;

	/** A wrapper, null until persisted: how Spring Data tells a new alarm (its id is the incident's) without a select. */
	@Version
	private Long version;

	protected IncidentAlarm() {
	}

	@Override
	public Long getId() {
		return this.incidentId;
	}

	/** For the repository's {@code save}, which would otherwise try a getter for the version first, by exception. */
	@Override
	public boolean isNew() {
		return this.version == null;
	}

	/** A new incident's alarm: due when its first target is. */
	IncidentAlarm(Incident incident, IncidentTargets.Targets targets) {
		this.incidentId = incident.getId();
		reschedule(incident, targets);
	}

	/**
	 * Records the targets the incident has missed by now and not yet met nor recorded, then sets the
	 * next alarm. @return the targets missed now, each returned once in the alarm's life
	 */
	List<IncidentTargets.Target> raise(Incident incident, IncidentTargets.Targets targets, Instant now) {
		List<IncidentTargets.Target> missed = new ArrayList<>();
		for (IncidentTargets.Target target : IncidentTargets.Target.values()) {
			if (!breached(target) && target.metAt(incident) == null && target.missed(incident, targets, now)) {
				markBreached(target);
				missed.add(target);
			}
		}
		reschedule(incident, targets);
		return missed;
	}

	/** Due again at once: the next sweep looks (the severity, so the targets, changed). */
	void recheck(Instant now) {
		this.nextAlarmAt = now;
	}

	/** The earliest due time of a target neither met nor recorded; none once the incident is resolved. */
	private void reschedule(Incident incident, IncidentTargets.Targets targets) {
		Instant next = null;
		if (incident.getStatus().isOpen()) {
			for (IncidentTargets.Target target : IncidentTargets.Target.values()) {
				Instant due = incident.getOpenedAt().plus(target.of(targets));
				if (!breached(target) && target.metAt(incident) == null && (next == null || due.isBefore(next))) {
					next = due;
				}
			}
		}
		this.nextAlarmAt = next;
	}

	private boolean breached(IncidentTargets.Target target) {
		return switch (target) {
			case ACKNOWLEDGE -> this.acknowledgeBreached;
			case MITIGATE -> this.mitigateBreached;
			case RESOLVE -> this.resolveBreached;
		};
	}

	private void markBreached(IncidentTargets.Target target) {
		switch (target) {
			case ACKNOWLEDGE -> this.acknowledgeBreached = true;
			case MITIGATE -> this.mitigateBreached = true;
			case RESOLVE -> this.resolveBreached = true;
		}
	}

	Long getIncidentId() {
		return this.incidentId;
	}

	Instant getNextAlarmAt() {
		return this.nextAlarmAt;
	}

}

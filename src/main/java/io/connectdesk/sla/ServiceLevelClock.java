package io.connectdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.connectdesk.customer.ServicePlan;

/**
 * A ticket's service-level clock: when each target warns and is due, in working time of its calendar.
 * While the ticket waits on the customer the clock is paused; resuming moves every open target's
 * times later by the working time the pause took. A breached target keeps its due time.
 * {@code nextAlarmAt} is the earliest warning or breach still to raise while the clock runs (null
 * when paused or resolved): {@link ServiceLevelAlarms} finds due clocks by it, with no timer of the
 * engine per ticket.
 */
@Entity
@Table(name = "service_level_clock")
class ServiceLevelClock {

	@Id
	private String ticketId;

	/** A wrapper, not a {@code long}: null marks a new clock, so saving it inserts without a select first. */
	@Version
	private Long version;

	private Long customerId;

	@Enumerated(EnumType.STRING)
	private ServicePlan plan;

	@Enumerated(EnumType.STRING)
	private CalendarKind calendar;

	private String responseTarget;

	private String resolutionTarget;

	private Instant startedAt;

	private Instant responseWarnAt;

	private Instant responseDueAt;

	private Instant resolutionWarnAt;

	private Instant resolutionDueAt;

	private Instant respondedAt;

	private Instant resolvedAt;

	private Instant pausedAt;

	private long pausedSeconds;

	private boolean responseWarned;

	private boolean responseBreached;

	private boolean resolutionWarned;

	private boolean resolutionBreached;

	private Instant nextAlarmAt;

	protected ServiceLevelClock() {
	}

	ServiceLevelClock(String ticketId, Long customerId, ServicePlan plan, Targets targets, Instant now,
			WorkingCalendar calendar, double warningShare) {
		this.ticketId = ticketId;
		this.customerId = customerId;
		this.plan = plan;
		this.calendar = targets.calendar();
		this.responseTarget = targets.firstResponse().toString();
		this.resolutionTarget = targets.resolution().toString();
		this.startedAt = now;
		this.responseWarnAt = calendar.plus(now, share(targets.firstResponse(), warningShare));
		this.responseDueAt = calendar.plus(now, targets.firstResponse());
		this.resolutionWarnAt = calendar.plus(now, share(targets.resolution(), warningShare));
		this.resolutionDueAt = calendar.plus(now, targets.resolution());
		planAlarm();
	}

	private static Duration share(Duration target, double share) {
		return Duration.ofSeconds(Math.round(target.getSeconds() * share));
	}

	/** @return whether the clock stopped now (it was running and a target is open) */
	boolean pause(Instant now) {
		if (isPaused() || isResolved()) {
			return false;
		}
		this.pausedAt = now;
		planAlarm();
		return true;
	}

	/**
	 * Restarts the clock; every open, unbreached target moves later by the pause's working time.
	 * @return the working time the pause took; zero when the clock was not paused
	 */
	Duration resume(Instant now, WorkingCalendar calendar) {
		if (!isPaused()) {
			return Duration.ZERO;
		}
		Duration paused = calendar.between(this.pausedAt, now);
		if (this.respondedAt == null && !this.responseBreached) {
			this.responseWarnAt = calendar.plus(this.responseWarnAt, paused);
			this.responseDueAt = calendar.plus(this.responseDueAt, paused);
		}
		if (this.resolvedAt == null && !this.resolutionBreached) {
			this.resolutionWarnAt = calendar.plus(this.resolutionWarnAt, paused);
			this.resolutionDueAt = calendar.plus(this.resolutionDueAt, paused);
		}
		this.pausedSeconds += paused.getSeconds();
		this.pausedAt = null;
		planAlarm();
		return paused;
	}

	/** @return whether this is the first response */
	boolean respond(Instant now) {
		if (this.respondedAt != null) {
			return false;
		}
		this.respondedAt = now;
		planAlarm();
		return true;
	}

	/** @return whether this is the resolution (a ticket resolved again after a reopen keeps the first) */
	boolean resolve(Instant now) {
		if (isResolved()) {
			return false;
		}
		this.resolvedAt = now;
		planAlarm();
		return true;
	}

	void warned(ServiceLevelTarget target) {
		if (target == ServiceLevelTarget.FIRST_RESPONSE) {
			this.responseWarned = true;
		}
		else {
			this.resolutionWarned = true;
		}
		planAlarm();
	}

	/** @return whether the breach is new */
	boolean breached(ServiceLevelTarget target) {
		boolean before = isBreached(target);
		if (target == ServiceLevelTarget.FIRST_RESPONSE) {
			this.responseBreached = true;
		}
		else {
			this.resolutionBreached = true;
		}
		planAlarm();
		return !before;
	}

	/**
	 * The alarms due at that time, in the order the targets' timers would have fired them: for each
	 * open target its warning, then its breach. Nothing while paused or once resolved.
	 */
	List<Alarm> alarmsDue(Instant now) {
		List<Alarm> due = new ArrayList<>();
		for (Alarm alarm : pendingAlarms()) {
			if (!alarm.at().isAfter(now)) {
				due.add(alarm);
			}
		}
		return due;
	}

	/** The next alarm of each open target (its warning until raised, then its breach), while the clock runs. */
	List<Alarm> nextAlarms() {
		List<Alarm> next = new ArrayList<>();
		for (Alarm alarm : pendingAlarms()) {
			if (next.stream().noneMatch(earlier -> earlier.target() == alarm.target())) {
				next.add(alarm);
			}
		}
		return next;
	}

	private List<Alarm> pendingAlarms() {
		List<Alarm> pending = new ArrayList<>();
		if (isPaused() || isResolved()) {
			return pending;
		}
		if (this.respondedAt == null && !this.responseBreached) {
			if (!this.responseWarned) {
				pending.add(new Alarm(ServiceLevelTarget.FIRST_RESPONSE, false, this.responseWarnAt));
			}
			pending.add(new Alarm(ServiceLevelTarget.FIRST_RESPONSE, true, this.responseDueAt));
		}
		if (!this.resolutionBreached) {
			if (!this.resolutionWarned) {
				pending.add(new Alarm(ServiceLevelTarget.RESOLUTION, false, this.resolutionWarnAt));
			}
			pending.add(new Alarm(ServiceLevelTarget.RESOLUTION, true, this.resolutionDueAt));
		}
		return pending;
	}

	private void planAlarm() {
		this.nextAlarmAt = pendingAlarms().stream().map(Alarm::at).min(Instant::compareTo).orElse(null);
	}

	Instant getNextAlarmAt() {
		return this.nextAlarmAt;
	}

	/** A warning or a breach of a target, due at a time. */
	record Alarm(ServiceLevelTarget target, boolean breach, Instant at) {
	}

	/** Whether the target was met late: settled after its due time. */
	boolean settledLate(ServiceLevelTarget target) {
		Instant settled = target == ServiceLevelTarget.FIRST_RESPONSE ? this.respondedAt : this.resolvedAt;
		return settled != null && settled.isAfter(dueAt(target));
	}

	boolean isBreached(ServiceLevelTarget target) {
		return target == ServiceLevelTarget.FIRST_RESPONSE ? this.responseBreached : this.resolutionBreached;
	}

	Instant dueAt(ServiceLevelTarget target) {
		return target == ServiceLevelTarget.FIRST_RESPONSE ? this.responseDueAt : this.resolutionDueAt;
	}

	/** The due time that comes next while a target is open; {@code null} once resolved. */
	Instant nextDueAt() {
		if (isResolved()) {
			return null;
		}
		return this.respondedAt == null ? this.responseDueAt : this.resolutionDueAt;
	}

	boolean isPaused() {
		return this.pausedAt != null;
	}

	boolean isResolved() {
		return this.resolvedAt != null;
	}

	String getTicketId() {
		return this.ticketId;
	}

	Long getCustomerId() {
		return this.customerId;
	}

	CalendarKind getCalendar() {
		return this.calendar;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	Instant getResponseWarnAt() {
		return this.responseWarnAt;
	}

	Instant getResponseDueAt() {
		return this.responseDueAt;
	}

	Instant getResolutionWarnAt() {
		return this.resolutionWarnAt;
	}

	Instant getResolutionDueAt() {
		return this.resolutionDueAt;
	}

	Instant getRespondedAt() {
		return this.respondedAt;
	}

	Instant getResolvedAt() {
		return this.resolvedAt;
	}

	boolean isResponseWarned() {
		return this.responseWarned;
	}

	boolean isResolutionWarned() {
		return this.resolutionWarned;
	}

	Duration getPaused() {
		return Duration.ofSeconds(this.pausedSeconds);
	}

}

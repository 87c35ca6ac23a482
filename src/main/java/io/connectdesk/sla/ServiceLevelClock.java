package io.connectdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.Persistable;

import io.connectdesk.customer.ServicePlan;

/**
 * A ticket's service-level clock: when each target warns and is due, in working time of its calendar
 * ({@link TargetTimes}, one per target).
 * While the ticket waits on the customer the clock is paused; resuming moves every open target's
 * times later by the working time the pause took. A breached target keeps its due time.
 * {@code nextAlarmAt} is the earliest warning or breach still to raise while the clock runs (null
 * when paused or resolved): {@link ServiceLevelAlarms} finds due clocks by it, with no timer of the
 * engine per ticket.
 */
@Entity
@Table(name = "service_level_clock")
class ServiceLevelClock implements Persistable<String> {

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

	private Instant startedAt;

	@Embedded
	@AttributeOverride(name = "target", column = @Column(name = "response_target"))
	@AttributeOverride(name = "warnAt", column = @Column(name = "response_warn_at"))
	@AttributeOverride(name = "dueAt", column = @Column(name = "response_due_at"))
	@AttributeOverride(name = "warned", column = @Column(name = "response_warned"))
	@AttributeOverride(name = "breached", column = @Column(name = "response_breached"))
	private TargetTimes response;

	@Embedded
	@AttributeOverride(name = "target", column = @Column(name = "resolution_target"))
	@AttributeOverride(name = "warnAt", column = @Column(name = "resolution_warn_at"))
	@AttributeOverride(name = "dueAt", column = @Column(name = "resolution_due_at"))
	@AttributeOverride(name = "warned", column = @Column(name = "resolution_warned"))
	@AttributeOverride(name = "breached", column = @Column(name = "resolution_breached"))
	private TargetTimes resolution;

	private Instant respondedAt;

	private Instant resolvedAt;

	private Instant pausedAt;

	private long pausedSeconds;

	private Instant nextAlarmAt;

	protected ServiceLevelClock() {
	}

	@Override
	public String getId() {
		return this.ticketId;
	}

	/** For the repository's {@code save}, which would otherwise try a getter for the version first, by exception. */
	@Override
	public boolean isNew() {
		return this.version == null;
	}

	ServiceLevelClock(String ticketId, Long customerId, ServicePlan plan, Targets targets, Instant now,
			WorkingCalendar calendar, double warningShare) {
		this.ticketId = ticketId;
		this.customerId = customerId;
		this.plan = plan;
		this.calendar = targets.calendar();
		this.startedAt = now;
		this.response = new TargetTimes(now, targets.firstResponse(), warningShare, calendar);
		this.resolution = new TargetTimes(now, targets.resolution(), warningShare, calendar);
		planAlarm();
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
		if (this.respondedAt == null) {
			this.response.moveLater(paused, calendar);
		}
		if (this.resolvedAt == null) {
			this.resolution.moveLater(paused, calendar);
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
		times(target).warned();
		planAlarm();
	}

	/** @return whether the breach is new */
	boolean breached(ServiceLevelTarget target) {
		boolean breached = times(target).breached();
		planAlarm();
		return breached;
	}

	private TargetTimes times(ServiceLevelTarget target) {
		return target == ServiceLevelTarget.FIRST_RESPONSE ? this.response : this.resolution;
	}

	/** The alarms due at that time; nothing while paused or once resolved. */
	List<TargetAlarm> alarmsDue(Instant now) {
		return pendingAlarms().dueAt(now);
	}

	/** The next alarm of each open target (its warning until raised, then its breach), while the clock runs. */
	List<TargetAlarm> nextAlarms() {
		return pendingAlarms().next();
	}

	private TargetAlarm.Pending pendingAlarms() {
		List<TargetAlarm> pending = new ArrayList<>();
		if (!isPaused() && !isResolved()) {
			if (this.respondedAt == null) {
				this.response.addPendingAlarms(ServiceLevelTarget.FIRST_RESPONSE, pending);
			}
			this.resolution.addPendingAlarms(ServiceLevelTarget.RESOLUTION, pending);
		}
		return new TargetAlarm.Pending(pending);
	}

	private void planAlarm() {
		this.nextAlarmAt = pendingAlarms().earliest();
	}

	Instant getNextAlarmAt() {
		return this.nextAlarmAt;
	}

	/** Whether the target was met late: settled after its due time. */
	boolean settledLate(ServiceLevelTarget target) {
		Instant settled = target == ServiceLevelTarget.FIRST_RESPONSE ? this.respondedAt : this.resolvedAt;
		return settled != null && settled.isAfter(dueAt(target));
	}

	boolean isBreached(ServiceLevelTarget target) {
		return times(target).isBreached();
	}

	Instant dueAt(ServiceLevelTarget target) {
		return times(target).dueAt();
	}

	/** The due time that comes next while a target is open; {@code null} once resolved. */
	Instant nextDueAt() {
		if (isResolved()) {
			return null;
		}
		return this.respondedAt == null ? this.response.dueAt() : this.resolution.dueAt();
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

	Instant getResponseDueAt() {
		return this.response.dueAt();
	}

	Instant getResolutionWarnAt() {
		return this.resolution.warnAt();
	}

	Instant getResolutionDueAt() {
		return this.resolution.dueAt();
	}

	Instant getRespondedAt() {
		return this.respondedAt;
	}

	Instant getResolvedAt() {
		return this.resolvedAt;
	}

}

package io.connectdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Embeddable;

/**
 * One target's part of a {@link ServiceLevelClock}: the target (an ISO-8601 duration of working time),
 * when it warns and is due, and
 * whether its warning and its breach were raised. Embedded twice in the clock's row
 * ({@code response_*}, {@code resolution_*}).
 */
@Embeddable
class TargetTimes {

	private String target;

	private Instant warnAt;

	private Instant dueAt;

	private boolean warned;

	private boolean breached;

	protected TargetTimes() {
	}

	TargetTimes(Instant start, Duration target, double warningShare, WorkingCalendar calendar) {
		this.target = target.toString();
		this.warnAt = calendar.plus(start, Duration.ofSeconds(Math.round(target.getSeconds() * warningShare)));
		this.dueAt = calendar.plus(start, target);
	}

	/** A pause's working time moves the target later; a breached target keeps its due time. */
	void moveLater(Duration paused, WorkingCalendar calendar) {
		if (this.breached) {
			return;
		}
		this.warnAt = calendar.plus(this.warnAt, paused);
		this.dueAt = calendar.plus(this.dueAt, paused);
	}

	void warned() {
		this.warned = true;
	}

	/** @return whether the breach is new */
	boolean breached() {
		boolean before = this.breached;
		this.breached = true;
		return !before;
	}

	/** Its warning until raised, then its breach, unless breached already. */
	void addPendingAlarms(ServiceLevelTarget target, List<TargetAlarm> pending) {
		if (this.breached) {
			return;
		}
		if (!this.warned) {
			pending.add(new TargetAlarm(target, false, this.warnAt));
		}
		pending.add(new TargetAlarm(target, true, this.dueAt));
	}

	Instant warnAt() {
		return this.warnAt;
	}

	Instant dueAt() {
		return this.dueAt;
	}

	boolean isBreached() {
		return this.breached;
	}

}

package io.connectdesk.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A warning or a breach of a target, due at a time. */
record TargetAlarm(ServiceLevelTarget target, boolean breach, Instant at) {

	/**
	 * A clock's alarms still to raise, in the order the targets' timers would have fired them: for each open
	 * target its warning (until raised), then its breach.
	 */
	record Pending(List<TargetAlarm> alarms) {

		Pending {
			alarms = List.copyOf(alarms);
		}

		/** The alarms due at that time. */
		List<TargetAlarm> dueAt(Instant now) {
			return this.alarms.stream().filter(alarm -> !alarm.at().isAfter(now)).toList();
		}

		/** The next alarm of each target. */
		List<TargetAlarm> next() {
			List<TargetAlarm> next = new ArrayList<>();
			for (TargetAlarm alarm : this.alarms) {
				if (next.stream().noneMatch(earlier -> earlier.target() == alarm.target())) {
					next.add(alarm);
				}
			}
			return next;
		}

		/** The earliest; {@code null} when none is pending. */
		Instant earliest() {
			return this.alarms.stream().map(TargetAlarm::at).min(Instant::compareTo).orElse(null);
		}

	}

}

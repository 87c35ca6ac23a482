package io.connectdesk.oncall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The shifts of a weekly rotation: week {@code w} has engineer {@code w mod n} as primary and the next
 * one in the list as secondary. Handovers happen at fixed local times of the operations zone (the
 * day's first at {@code handover}, then every shift length), so a shift over a daylight-saving change
 * is an hour shorter or longer, and the shifts always meet: no gaps, no overlaps.
 */
record RotationPlan(ZoneId zone, LocalTime handover, int shiftHours) {

	static RotationPlan of(OnCallSettings settings) {
		return new RotationPlan(settings.zone(), settings.handover(), (int) settings.shiftLength().toHours());
	}

	List<ShiftSlot> slots(LocalDate startDate, int weeks, List<Long> engineers) {
		List<ShiftSlot> slots = new ArrayList<>();
		int perDay = 24 / this.shiftHours;
		for (int day = 0; day < weeks * 7; day++) {
			int week = day / 7;
			Long primary = engineers.get(week % engineers.size());
			Long secondary = engineers.get((week + 1) % engineers.size());
			for (int shift = 0; shift < perDay; shift++) {
				LocalDateTime start = startDate.plusDays(day).atTime(this.handover).plusHours((long) shift * this.shiftHours);
				slots.add(new ShiftSlot(instant(start), instant(start.plusHours(this.shiftHours)), primary, secondary));
			}
		}
		return slots;
	}

	/** When the rotation starting that day begins. */
	Instant startOf(LocalDate startDate) {
		return instant(startDate.atTime(this.handover));
	}

	/** When a rotation of that many weeks ends. */
	Instant endOf(LocalDate startDate, int weeks) {
		return instant(startDate.plusWeeks(weeks).atTime(this.handover));
	}

	/** A local handover time that falls in a DST gap moves forward; one in the overlap takes the earlier offset. */
	private Instant instant(LocalDateTime local) {
		return local.atZone(this.zone).toInstant();
	}

}

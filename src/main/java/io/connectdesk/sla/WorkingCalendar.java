package io.connectdesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The time a target counts: around the clock, or business hours (opening to closing on working days,
 * in the customer's time zone, but not on the contract's holidays). Hours are local: across a
 * daylight-saving change a working day still runs from opening to closing on the wall clock.
 */
final class WorkingCalendar {

	/** Ten years of days: a calendar with working hours finds one long before. */
	private static final int MAX_DAYS = 3660;

	private final boolean allHours;

	private final ZoneId zone;

	private final LocalTime opens;

	private final LocalTime closes;

	private final Set<DayOfWeek> days;

	private final Set<LocalDate> holidays;

	private WorkingCalendar(boolean allHours, ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> days,
			Set<LocalDate> holidays) {
		this.allHours = allHours;
		this.zone = zone;
		this.opens = opens;
		this.closes = closes;
		this.days = Set.copyOf(days);
		this.holidays = Set.copyOf(holidays);
	}

	static WorkingCalendar aroundTheClock() {
		return new WorkingCalendar(true, ZoneId.of("UTC"), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, Set.of(DayOfWeek.values()),
				Set.of());
	}

	static WorkingCalendar businessHours(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> days,
			Set<LocalDate> holidays) {
		if (!opens.isBefore(closes) || days.isEmpty()) {
			throw new IllegalArgumentException("Business hours need working days and opening before closing");
		}
		return new WorkingCalendar(false, zone, opens, closes, days, holidays);
	}

	/** The instant at which {@code work} of working time has passed since {@code start}. */
	Instant plus(Instant start, Duration work) {
		if (this.allHours || work.isZero() || work.isNegative()) {
			return this.allHours ? start.plus(work) : start;
		}
		Duration left = work;
		Instant cursor = start;
		LocalDate day = cursor.atZone(this.zone).toLocalDate();
		for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			Instant open = at(day, this.opens);
			Instant close = at(day, this.closes);
			Instant from = cursor.isAfter(open) ? cursor : open;
			if (!from.isBefore(close)) {
				continue;
			}
			Duration available = Duration.between(from, close);
			if (left.compareTo(available) <= 0) {
				return from.plus(left);
			}
			left = left.minus(available);
			cursor = close;
		}
		throw new IllegalStateException("No working time within " + MAX_DAYS + " days of " + start);
	}

	/** The working time between two instants; zero when {@code to} is not after {@code from}. */
	Duration between(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		if (this.allHours) {
			return Duration.between(from, to);
		}
		Duration total = Duration.ZERO;
		LocalDate last = to.atZone(this.zone).toLocalDate();
		for (LocalDate day = from.atZone(this.zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				Instant start = later(from, at(day, this.opens));
				Instant end = earlier(to, at(day, this.closes));
				if (end.isAfter(start)) {
					total = total.plus(Duration.between(start, end));
				}
			}
		}
		return total;
	}

	private boolean isWorkingDay(LocalDate day) {
		return this.days.contains(day.getDayOfWeek()) && !this.holidays.contains(day);
	}

	private Instant at(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, this.zone).toInstant();
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}

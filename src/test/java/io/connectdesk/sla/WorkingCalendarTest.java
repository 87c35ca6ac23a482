package io.connectdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Working-time arithmetic: business hours Mon–Fri 09:00–18:00 in Madrid, and around the clock. */
class WorkingCalendarTest {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private final WorkingCalendar madrid = calendar(Set.of());

	private static WorkingCalendar calendar(Set<LocalDate> holidays) {
		return WorkingCalendar.businessHours(MADRID, LocalTime.of(9, 0), LocalTime.of(18, 0), WEEKDAYS, holidays);
	}

	/** A wall-clock time in Madrid. */
	private static Instant madrid(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(MADRID).toInstant();
	}

	@Test
	void workInsideOneDayEndsTheSameDay() {
		assertThat(this.madrid.plus(madrid("2026-11-10T10:00"), Duration.ofHours(4))).isEqualTo(madrid("2026-11-10T14:00"));
	}

	@Test
	void workFiledAtNightStartsAtOpening() {
		assertThat(this.madrid.plus(madrid("2026-11-10T22:30"), Duration.ofHours(2))).isEqualTo(madrid("2026-11-11T11:00"));
		assertThat(this.madrid.plus(madrid("2026-11-11T06:00"), Duration.ofHours(2))).isEqualTo(madrid("2026-11-11T11:00"));
	}

	@Test
	void weekendsDoNotCount() {
		// Friday 16:00 + 4 h: 2 h on Friday, 2 h on Monday
		assertThat(this.madrid.plus(madrid("2026-11-13T16:00"), Duration.ofHours(4))).isEqualTo(madrid("2026-11-16T11:00"));
		assertThat(this.madrid.between(madrid("2026-11-13T16:00"), madrid("2026-11-16T11:00"))).isEqualTo(Duration.ofHours(4));
		assertThat(this.madrid.between(madrid("2026-11-14T10:00"), madrid("2026-11-15T17:00"))).isZero();
	}

	@Test
	void holidaysDoNotCount() {
		WorkingCalendar withHoliday = calendar(Set.of(LocalDate.of(2026, 12, 8)));
		// Monday 7 December 17:00 + 3 h: 1 h on Monday, Tuesday 8 is a holiday, 2 h on Wednesday
		assertThat(withHoliday.plus(madrid("2026-12-07T17:00"), Duration.ofHours(3))).isEqualTo(madrid("2026-12-09T11:00"));
		assertThat(this.madrid.plus(madrid("2026-12-07T17:00"), Duration.ofHours(3))).isEqualTo(madrid("2026-12-08T11:00"));
		assertThat(withHoliday.between(madrid("2026-12-07T17:00"), madrid("2026-12-09T11:00"))).isEqualTo(Duration.ofHours(3));
	}

	@Test
	void businessHoursFollowTheWallClockAcrossTheSpringChange() {
		// Friday 27 March 2026 17:00 CET (16:00Z); clocks go forward on Sunday 29 March; Monday opens 09:00 CEST (07:00Z)
		Instant filed = Instant.parse("2026-03-27T16:00:00Z");
		assertThat(this.madrid.plus(filed, Duration.ofHours(4))).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
		assertThat(this.madrid.between(filed, Instant.parse("2026-03-30T10:00:00Z"))).isEqualTo(Duration.ofHours(4));
	}

	@Test
	void businessHoursFollowTheWallClockAcrossTheAutumnChange() {
		// Friday 23 October 2026 17:00 CEST (15:00Z); clocks go back on Sunday 25 October; Monday opens 09:00 CET (08:00Z)
		Instant filed = Instant.parse("2026-10-23T15:00:00Z");
		assertThat(this.madrid.plus(filed, Duration.ofHours(2))).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
	}

	@Test
	void aroundTheClockCountsElapsedTimeEvenAcrossTheChange() {
		WorkingCalendar always = WorkingCalendar.aroundTheClock();
		// Saturday 28 March 2026 12:00 CET + 24 h = Sunday 13:00 CEST: the day had 23 hours
		assertThat(always.plus(madrid("2026-03-28T12:00"), Duration.ofHours(24))).isEqualTo(madrid("2026-03-29T13:00"));
		assertThat(always.between(madrid("2026-03-28T12:00"), madrid("2026-03-29T12:00"))).isEqualTo(Duration.ofHours(23));
	}

	@Test
	void aTicketSpanningAMonthBoundary() {
		// Friday 30 October 2026 15:00 + 16 h: 3 h Friday, 9 h Monday 2 November, 4 h Tuesday 3 November
		Instant due = this.madrid.plus(madrid("2026-10-30T15:00"), Duration.ofHours(16));
		assertThat(due).isEqualTo(madrid("2026-11-03T13:00"));
		assertThat(this.madrid.between(madrid("2026-10-30T15:00"), due)).isEqualTo(Duration.ofHours(16));
	}

	@Test
	void pausedWorkingTimeExtendsTheDueTime() {
		Instant filed = madrid("2026-11-10T10:00");
		Instant due = this.madrid.plus(filed, Duration.ofHours(9)); // 8 h on Tuesday, 1 h on Wednesday
		assertThat(due).isEqualTo(madrid("2026-11-11T10:00"));
		// waits on the customer from Tuesday 17:00 to Wednesday 10:00: 2 working hours
		Duration paused = this.madrid.between(madrid("2026-11-10T17:00"), madrid("2026-11-11T10:00"));
		assertThat(paused).isEqualTo(Duration.ofHours(2));
		assertThat(this.madrid.plus(due, paused)).isEqualTo(madrid("2026-11-11T12:00"));
	}

	@Test
	void workEndingExactlyAtClosingEndsThatDay() {
		assertThat(this.madrid.plus(madrid("2026-11-10T09:00"), Duration.ofHours(9))).isEqualTo(madrid("2026-11-10T18:00"));
		assertThat(this.madrid.plus(madrid("2026-11-10T18:00"), Duration.ofMinutes(1))).isEqualTo(madrid("2026-11-11T09:01"));
	}

}

package io.connectdesk.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuotaWindowTest {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	private static final ZoneId UTC = ZoneId.of("UTC");

	@Test
	void aCalendarMonthStartsAtMidnightInTheCustomersTimeZone() {
		QuotaWindow window = QuotaWindow.containing(Instant.parse("2026-11-15T10:00:00Z"), Period.ofMonths(1), MADRID);

		assertThat(window.start()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
		assertThat(window.end()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
	}

	@Test
	void theSameInstantAtMidnightIsNextMonthInMadridButThisMonthInUtc() {
		Instant madridMidnight = Instant.parse("2026-11-30T23:30:00Z"); // 1 December, 00:30 in Madrid

		QuotaWindow madrid = QuotaWindow.containing(madridMidnight, Period.ofMonths(1), MADRID);
		QuotaWindow utc = QuotaWindow.containing(madridMidnight, Period.ofMonths(1), UTC);

		assertThat(madrid.start()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
		assertThat(madrid.end()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
		assertThat(utc.start()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
		assertThat(utc.end()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
	}

	@Test
	void theLastInstantOfAPeriodBelongsToItAndItsEndToTheNext() {
		QuotaWindow november = QuotaWindow.containing(Instant.parse("2026-11-30T22:59:59.999Z"), Period.ofMonths(1), MADRID);
		QuotaWindow december = QuotaWindow.containing(november.end(), Period.ofMonths(1), MADRID);

		assertThat(november.contains(Instant.parse("2026-11-30T22:59:59.999Z"))).isTrue();
		assertThat(november.contains(november.end())).isFalse();
		assertThat(december.start()).isEqualTo(november.end());
	}

	@Test
	void aMonthAcrossTheDaylightSavingChangeIsNotThirtyDaysOfTwentyFourHours() {
		QuotaWindow october = QuotaWindow.containing(Instant.parse("2026-10-10T12:00:00Z"), Period.ofMonths(1), MADRID);

		assertThat(october.start()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z")); // summer time, +02:00
		assertThat(october.end()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z")); // winter time, +01:00
	}

	@Test
	void aWeekIsAnIsoWeekFromMondayMidnight() {
		// Sunday 22 November 2026, 23:30 in Madrid: still the week of Monday 16 November
		QuotaWindow week = QuotaWindow.containing(Instant.parse("2026-11-22T22:30:00Z"), Period.ofWeeks(1), MADRID);

		assertThat(week.start()).isEqualTo(Instant.parse("2026-11-15T23:00:00Z"));
		assertThat(week.end()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
		assertThat(week.start().atZone(MADRID).getDayOfWeek()).hasToString("MONDAY");
	}

	@Test
	void dayPeriodsCountWholeBlocksFromTheFirstMondayOf1970() {
		QuotaWindow tenDays = QuotaWindow.containing(Instant.parse("1970-01-16T12:00:00Z"), Period.ofDays(10), UTC);

		assertThat(tenDays.start()).isEqualTo(Instant.parse("1970-01-15T00:00:00Z"));
		assertThat(tenDays.end()).isEqualTo(Instant.parse("1970-01-25T00:00:00Z"));
		QuotaWindow before = QuotaWindow.containing(Instant.parse("1970-01-04T12:00:00Z"), Period.ofDays(10), UTC);
		assertThat(before.end()).isEqualTo(Instant.parse("1970-01-05T00:00:00Z"));
	}

	@Test
	void quarterAndYearPeriodsAreCalendarQuartersAndYears() {
		QuotaWindow quarter = QuotaWindow.containing(Instant.parse("2026-05-20T00:00:00Z"), Period.ofMonths(3), UTC);
		QuotaWindow year = QuotaWindow.containing(Instant.parse("2026-05-20T00:00:00Z"), Period.ofYears(1), UTC);

		assertThat(quarter.start()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
		assertThat(quarter.end()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
		assertThat(year.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(year.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
	}

}

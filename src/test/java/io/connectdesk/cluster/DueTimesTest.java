package io.connectdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

/** Every node names the same due time for a run, whenever its scheduler fired after it. */
class DueTimesTest {

	private static final CronExpression DAILY = CronExpression.parse("0 15 6 * * *");

	@Test
	void aRunLateInTheDayIsStillTheMorningsRun() {
		assertThat(DueTimes.latest(DAILY, ZoneOffset.UTC, Instant.parse("2026-12-06T06:15:00.004Z")))
			.isEqualTo(Instant.parse("2026-12-06T06:15:00Z"));
		assertThat(DueTimes.latest(DAILY, ZoneOffset.UTC, Instant.parse("2026-12-06T23:59:59Z")))
			.isEqualTo(Instant.parse("2026-12-06T06:15:00Z"));
	}

	@Test
	void beforeTodaysTimeTheLatestRunIsYesterdays() {
		assertThat(DueTimes.latest(DAILY, ZoneOffset.UTC, Instant.parse("2026-12-06T06:14:59Z")))
			.isEqualTo(Instant.parse("2026-12-05T06:15:00Z"));
	}

	@Test
	void aFrequentScheduleIsNotWalkedForAYear() {
		assertThat(DueTimes.latest(CronExpression.parse("*/2 * * * * *"), ZoneOffset.UTC, Instant.parse("2026-12-06T10:00:03.5Z")))
			.isEqualTo(Instant.parse("2026-12-06T10:00:02Z"));
	}

}

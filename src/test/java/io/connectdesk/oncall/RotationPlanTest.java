package io.connectdesk.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rotation's shifts: 24x7 without gaps or overlaps, in the engineers' order, across DST changes. */
class RotationPlanTest {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	private static final RotationPlan TWELVE_HOURS_FROM_EIGHT = new RotationPlan(MADRID, LocalTime.of(8, 0), 12);

	private static final Long ANA = 1L;

	private static final Long BEN = 2L;

	private static final Long CAROL = 3L;

	@Test
	void aWeekOfTwelveHourShiftsCoversEveryHourFromTheFirstHandover() {
		LocalDate monday = LocalDate.of(2026, 2, 2);

		List<ShiftSlot> slots = TWELVE_HOURS_FROM_EIGHT.slots(monday, 1, List.of(ANA, BEN, CAROL));

		assertThat(slots).hasSize(14);
		assertThat(slots.get(0).startsAt()).isEqualTo(Instant.parse("2026-02-02T07:00:00Z")); // 08:00 in Madrid (CET)
		assertThat(slots.get(1).startsAt()).isEqualTo(Instant.parse("2026-02-02T19:00:00Z"));
		assertThat(slots.get(13).endsAt()).isEqualTo(Instant.parse("2026-02-09T07:00:00Z"));
		assertContiguous(slots);
		assertThat(Duration.between(slots.get(0).startsAt(), slots.get(13).endsAt())).isEqualTo(Duration.ofDays(7));
	}

	@Test
	void eachWeekTheNextEngineerIsPrimaryAndTheOneAfterSecondary() {
		List<ShiftSlot> slots = TWELVE_HOURS_FROM_EIGHT.slots(LocalDate.of(2026, 2, 2), 4, List.of(ANA, BEN, CAROL));

		assertThat(slots).hasSize(4 * 14);
		assertThat(slots.subList(0, 14)).allSatisfy(slot -> assertPair(slot, ANA, BEN));
		assertThat(slots.subList(14, 28)).allSatisfy(slot -> assertPair(slot, BEN, CAROL));
		assertThat(slots.subList(28, 42)).allSatisfy(slot -> assertPair(slot, CAROL, ANA));
		assertThat(slots.subList(42, 56)).allSatisfy(slot -> assertPair(slot, ANA, BEN));
		assertContiguous(slots);
	}

	@Test
	void theNightTheClocksGoForwardIsAnHourShorterAndHandoversStayAtLocalTimes() {
		// In Madrid, 2026-03-29 02:00 becomes 03:00
		List<ShiftSlot> slots = TWELVE_HOURS_FROM_EIGHT.slots(LocalDate.of(2026, 3, 28), 1, List.of(ANA, BEN));

		ShiftSlot night = slots.get(1);
		assertThat(night.startsAt()).isEqualTo(Instant.parse("2026-03-28T19:00:00Z")); // 20:00 CET
		assertThat(night.endsAt()).isEqualTo(Instant.parse("2026-03-29T06:00:00Z")); // 08:00 CEST
		assertThat(Duration.between(night.startsAt(), night.endsAt())).isEqualTo(Duration.ofHours(11));
		assertThat(slots.get(2).startsAt().atZone(MADRID).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
		assertContiguous(slots);
	}

	@Test
	void theNightTheClocksGoBackIsAnHourLonger() {
		// In Madrid, 2026-10-25 03:00 becomes 02:00
		List<ShiftSlot> slots = TWELVE_HOURS_FROM_EIGHT.slots(LocalDate.of(2026, 10, 24), 1, List.of(ANA, BEN));

		assertThat(Duration.between(slots.get(1).startsAt(), slots.get(1).endsAt())).isEqualTo(Duration.ofHours(13));
		assertContiguous(slots);
	}

	@Test
	void dailyShiftsHandOverOnceADay() {
		RotationPlan daily = new RotationPlan(MADRID, LocalTime.of(9, 0), 24);

		List<ShiftSlot> slots = daily.slots(LocalDate.of(2026, 2, 2), 2, List.of(ANA, BEN));

		assertThat(slots).hasSize(14);
		assertThat(slots).allSatisfy(slot -> assertThat(slot.startsAt().atZone(MADRID).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
		assertContiguous(slots);
	}

	@Test
	void uncoveredStretchesAreFoundBeforeBetweenAndAfterShifts() {
		Instant from = Instant.parse("2026-02-02T00:00:00Z");
		Instant to = Instant.parse("2026-02-03T00:00:00Z");
		List<Shift> shifts = List.of(shift("2026-02-02T02:00:00Z", "2026-02-02T10:00:00Z"),
				shift("2026-02-02T10:00:00Z", "2026-02-02T12:00:00Z"), shift("2026-02-02T15:00:00Z", "2026-02-02T20:00:00Z"));

		List<Gap> gaps = Gap.in(from, to, shifts);

		assertThat(gaps).containsExactly(new Gap(from, Instant.parse("2026-02-02T02:00:00Z")),
				new Gap(Instant.parse("2026-02-02T12:00:00Z"), Instant.parse("2026-02-02T15:00:00Z")),
				new Gap(Instant.parse("2026-02-02T20:00:00Z"), to));
		assertThat(gaps.get(1).hours()).isEqualTo(3);
		assertThat(Gap.in(from, to, List.of(shift("2026-02-01T20:00:00Z", "2026-02-03T08:00:00Z")))).isEmpty();
	}

	private static Shift shift(String from, String to) {
		return new Shift(new ShiftSlot(Instant.parse(from), Instant.parse(to), ANA, BEN), Instant.EPOCH);
	}

	private static void assertPair(ShiftSlot slot, Long primary, Long secondary) {
		assertThat(slot.primaryId()).as("primary from " + slot.startsAt()).isEqualTo(primary);
		assertThat(slot.secondaryId()).as("secondary from " + slot.startsAt()).isEqualTo(secondary);
	}

	private static void assertContiguous(List<ShiftSlot> slots) {
		for (int i = 1; i < slots.size(); i++) {
			assertThat(slots.get(i).startsAt()).as("shift " + i + " starts when the one before ends")
				.isEqualTo(slots.get(i - 1).endsAt());
		}
	}

}

package io.connectdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.connectdesk.customer.ServicePlan;

/** The report's shares, against examples computed by hand (targets of 4 h and 24 h, around the clock). */
class ReportArithmeticTest {

	private static final Instant FILED = Instant.parse("2026-11-02T08:00:00Z");

	private static final Targets TARGETS = new Targets(Duration.ofHours(4), Duration.ofHours(24), CalendarKind.TWENTY_FOUR_SEVEN);

	private static ServiceLevelClock clock(String ticket) {
		return new ServiceLevelClock(ticket, 1L, ServicePlan.STANDARD, TARGETS, FILED, WorkingCalendar.aroundTheClock(), 0.75);
	}

	private static Instant after(int hours) {
		return FILED.plus(Duration.ofHours(hours));
	}

	@Test
	void threeMeasuredOneBreachedOneStillOpen() {
		ServiceLevelClock inTime = clock("REQ-1"); // responded after 1 h, resolved after 10 h: both met
		inTime.respond(after(1));
		inTime.resolve(after(10));
		ServiceLevelClock late = clock("REQ-2"); // timer recorded the response breach, answered after 6 h, resolved after 30 h
		late.breached(ServiceLevelTarget.FIRST_RESPONSE);
		late.respond(after(6));
		late.resolve(after(30));
		ServiceLevelClock lateWithoutTimer = clock("REQ-3"); // answered after 5 h before any timer ran: a breach all the same
		lateWithoutTimer.respond(after(5));
		ServiceLevelClock open = clock("REQ-4"); // nothing yet, nothing breached: not counted
		List<ServiceLevelClock> month = List.of(inTime, late, lateWithoutTimer, open);

		// first response: measured REQ-1, REQ-2, REQ-3 = 3; met REQ-1 = 1; 1/3 = 33.3 %
		assertThat(ReportArithmetic.share(month, ServiceLevelTarget.FIRST_RESPONSE))
			.isEqualTo(new TargetShare(3, 1, new BigDecimal("33.3")));
		// resolution: measured REQ-1, REQ-2 = 2; met REQ-1 = 1; 50.0 %
		assertThat(ReportArithmetic.share(month, ServiceLevelTarget.RESOLUTION))
			.isEqualTo(new TargetShare(2, 1, new BigDecimal("50.0")));
	}

	@Test
	void aBreachedOpenTargetIsMeasuredAndNotMet() {
		ServiceLevelClock breached = clock("REQ-5");
		breached.breached(ServiceLevelTarget.RESOLUTION);

		assertThat(ReportArithmetic.share(List.of(breached), ServiceLevelTarget.RESOLUTION))
			.isEqualTo(new TargetShare(1, 0, new BigDecimal("0.0")));
	}

	@Test
	void nothingMeasuredHasNoShare() {
		assertThat(ReportArithmetic.share(List.of(clock("REQ-6")), ServiceLevelTarget.FIRST_RESPONSE))
			.isEqualTo(new TargetShare(0, 0, null));
		assertThat(ReportArithmetic.share(List.of(), ServiceLevelTarget.RESOLUTION)).isEqualTo(new TargetShare(0, 0, null));
	}

	@Test
	void aPauseMovesOpenTargetsButNotSettledOnes() {
		ServiceLevelClock clock = clock("REQ-7");
		clock.respond(after(1));
		clock.pause(after(2));
		assertThat(clock.pause(after(3))).as("already paused").isFalse();

		Duration paused = clock.resume(after(7), WorkingCalendar.aroundTheClock());

		assertThat(paused).isEqualTo(Duration.ofHours(5));
		assertThat(clock.getResponseDueAt()).as("settled: kept").isEqualTo(after(4));
		assertThat(clock.getResolutionDueAt()).isEqualTo(after(29));
		assertThat(clock.getResolutionWarnAt()).isEqualTo(after(23));
		assertThat(clock.nextDueAt()).isEqualTo(after(29));
		clock.resolve(after(28));
		assertThat(ReportArithmetic.share(List.of(clock), ServiceLevelTarget.RESOLUTION).met()).isEqualTo(1);
		assertThat(clock.nextDueAt()).isNull();
	}

}

package io.connectdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.connectdesk.customer.ServicePlan;

/**
 * One test per path the retired {@code ServiceLevel} process had, now the clock's alarms: a target
 * warns, then breaches; a first response, a pause and a resolution stop what they stopped. Around
 * the clock, first response in 4 h and resolution in 24 h, warnings at 75 %.
 */
class ServiceLevelAlarmsTest {

	private static final Instant FILED = Instant.parse("2026-11-10T09:00:00Z");

	private static final WorkingCalendar CALENDAR = WorkingCalendar.aroundTheClock();

	private final ServiceLevelClock clock = new ServiceLevelClock("REQ-2001", 1L, ServicePlan.STANDARD,
			new Targets(Duration.ofHours(4), Duration.ofHours(24), CalendarKind.TWENTY_FOUR_SEVEN), FILED, CALENDAR, 0.75);

	/** What was raised, in order. */
	private final List<String> raised = new ArrayList<>();

	@Test
	void firstResponseIsWarnedThenBreached() {
		assertThat(dueTimes()).containsExactly(at(3), at(18));

		raiseAt(at(3));
		assertThat(this.raised).containsExactly("warn FIRST_RESPONSE");
		assertThat(dueTimes()).containsExactly(at(4), at(18));

		raiseAt(at(4));
		assertThat(this.raised).containsExactly("warn FIRST_RESPONSE", "breach FIRST_RESPONSE");
		assertThat(dueTimes()).containsExactly(at(18));
	}

	@Test
	void everyTargetBreachedLeavesNoAlarm() {
		raiseAt(at(30));
		assertThat(this.raised).containsExactly("warn FIRST_RESPONSE", "breach FIRST_RESPONSE", "warn RESOLUTION",
				"breach RESOLUTION");
		assertThat(this.clock.getNextAlarmAt()).isNull();
	}

	@Test
	void theFirstResponseStopsItsAlarmsButNotTheResolutions() {
		this.clock.respond(at(1));
		assertThat(dueTimes()).containsExactly(at(18));
		raiseAt(at(18));
		assertThat(this.raised).containsExactly("warn RESOLUTION");
	}

	@Test
	void aPauseStopsTheAlarmsAndTheResumeRestartsThemAtTheMovedDueTimes() {
		raiseAt(at(3));
		this.clock.pause(at(3));
		assertThat(dueTimes()).isEmpty();
		assertThat(this.clock.getNextAlarmAt()).isNull();
		raiseAt(at(8));
		assertThat(this.raised).as("nothing fires while paused").containsExactly("warn FIRST_RESPONSE");

		this.clock.resume(at(8), CALENDAR); // 5 h later
		assertThat(dueTimes()).containsExactly(at(9), at(23));
		assertThat(this.clock.getNextAlarmAt()).isEqualTo(at(9));
	}

	@Test
	void aWarnedResolutionIsNotWarnedAgainAfterAResume() {
		this.clock.respond(at(1));
		raiseAt(at(18));
		this.clock.pause(at(19));
		this.clock.resume(at(20), CALENDAR);
		assertThat(dueTimes()).containsExactly(at(25));
		raiseAt(at(24));
		assertThat(this.raised).containsExactly("warn RESOLUTION");
	}

	@Test
	void aResolutionInTimeLeavesNoAlarm() {
		this.clock.respond(at(1));
		this.clock.resolve(at(2));
		assertThat(this.clock.getNextAlarmAt()).isNull();
		raiseAt(at(30));
		assertThat(this.raised).isEmpty();
	}

	@Test
	void aResolutionWhilePausedLeavesNoAlarmAfterTheResume() {
		this.clock.pause(at(1));
		this.clock.resume(at(2), CALENDAR);
		this.clock.pause(at(2));
		this.clock.resolve(at(2));
		this.clock.resume(at(3), CALENDAR);
		assertThat(this.clock.getNextAlarmAt()).isNull();
		assertThat(dueTimes()).isEmpty();
	}

	@Test
	void aBreachedResolutionRaisesNothingAgain() {
		this.clock.respond(at(1));
		raiseAt(at(24));
		assertThat(this.raised).containsExactly("warn RESOLUTION", "breach RESOLUTION");
		this.clock.pause(at(25));
		this.clock.resume(at(26), CALENDAR);
		raiseAt(at(60));
		assertThat(this.raised).hasSize(2);
		assertThat(this.clock.getNextAlarmAt()).isNull();
	}

	/** As {@link ServiceLevels#raiseDueAlarms}, without its records. */
	private void raiseAt(Instant now) {
		for (TargetAlarm alarm : this.clock.alarmsDue(now)) {
			if (alarm.breach()) {
				this.clock.breached(alarm.target());
			}
			else {
				this.clock.warned(alarm.target());
			}
			this.raised.add((alarm.breach() ? "breach " : "warn ") + alarm.target());
		}
	}

	private List<Instant> dueTimes() {
		return this.clock.nextAlarms().stream().map(TargetAlarm::at).toList();
	}

	private static Instant at(int hours) {
		return FILED.plus(Duration.ofHours(hours));
	}

}

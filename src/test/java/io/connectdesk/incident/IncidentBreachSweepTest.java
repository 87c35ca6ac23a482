package io.connectdesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.assertj.core.data.TemporalUnitWithinOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/**
 * The breach sweep reads due alarms only: each missed target of an open incident once, the next alarm
 * at the next target not yet met, none once the incident is resolved; a second node's run of the same
 * due time is skipped.
 */
class IncidentBreachSweepTest extends IncidentTestSupport {

	@Autowired
	private IncidentServiceLevels serviceLevels;

	@Autowired
	private IncidentAlarmRepository alarms;

	@AfterEach
	void clockRuns() {
		ClockUtil.reset();
	}

	@Test
	void eachMissedTargetIsRecordedOnceAndTheAlarmFollowsTheNextTarget() {
		ApiClient monitor = monitor(newIntegration(newCustomer("Sweep")));
		ApiClient sre = basic(newPerson("Sre", null, Role.SRE));
		long incident = monitor.post("/api/v1/alerts", alerts(alert("sweep-1", "firing", "database", "production", "critical")))
			.json().path("incidents").get(0).asLong();
		TemporalUnitWithinOffset within = new TemporalUnitWithinOffset(1, ChronoUnit.MILLIS);
		Instant opened = Instant.parse(sre.get("/api/v1/incidents/" + incident).json().path("openedAt").asText());
		assertThat(alarm(incident)).as("SEV2: acknowledge within 15 minutes").isCloseTo(opened.plus(Duration.ofMinutes(15)), within);

		clockAt(opened.plus(Duration.ofMinutes(20)));
		this.serviceLevels.recordBreaches();
		this.serviceLevels.recordBreaches();
		assertThat(breaches(sre, incident)).as("ACKNOWLEDGE, once").containsExactly("ACKNOWLEDGE");
		assertThat(alarm(incident)).as("next: mitigate within 4 hours").isCloseTo(opened.plus(Duration.ofHours(4)), within);

		succeeds(sre.post("/api/v1/incidents/" + incident + "/acknowledge", null));
		succeeds(sre.post("/api/v1/incidents/" + incident + "/updates", Map.of("status", "RESOLVED", "text", "Fixed.")));
		clockAt(opened.plus(Duration.ofHours(5)));
		this.serviceLevels.recordBreaches();
		assertThat(breaches(sre, incident)).as("resolved in time for the rest").containsExactly("ACKNOWLEDGE");
		assertThat(alarm(incident)).as("a resolved incident has no next alarm").isNull();
	}

	@Test
	void oneNodeRunsTheSweepOfADueTime() {
		// a due time no sweep has claimed: the application's own scheduled sweep runs with the test clock too, and
		// claims whatever time another test moved it to (hours or days ahead), which makes every earlier time taken
		clockAt(Instant.now().plus(Duration.ofDays(3650)));
		assertThat(this.serviceLevels.claimsRun()).as("the first node").isTrue();
		assertThat(this.serviceLevels.claimsRun()).as("another node, same due time").isFalse();
	}

	private Instant alarm(long incident) {
		return this.alarms.findById(incident).orElseThrow().getNextAlarmAt();
	}

	private static java.util.List<String> breaches(ApiClient sre, long incident) {
		java.util.List<String> texts = new java.util.ArrayList<>();
		sre.get("/api/v1/incidents/" + incident).json().path("timeline").forEach(line -> {
			if ("SERVICE_LEVEL_BREACHED".equals(line.path("kind").asText())) {
				texts.add(line.path("text").asText());
			}
		});
		return texts;
	}

	private static void clockAt(Instant at) {
		ClockUtil.setCurrentTime(Date.from(at));
	}

}

package io.connectdesk.sla;

import static io.connectdesk.sla.ServiceLevelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per path through {@code processes/service-level.bpmn} on a plain engine: the engine clock
 * moves (ClockUtil) and the due timer jobs run as the job executor would run them.
 */
@Deployment(resources = "processes/service-level.bpmn")
class ServiceLevelProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final String TICKET = "REQ-2001";

	private static final Instant FILED = Instant.parse("2026-11-10T09:00:00Z");

	/** What the delegates were asked to record, in order. */
	private final List<String> recorded = new ArrayList<>();

	@BeforeEach
	void standInForSpringBeans() {
		BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(FILED));
		Mocks.register("warnFirstResponse", recording("warnFirstResponse", VAR_RESPONSE_WARNED));
		Mocks.register("recordResponseBreach", recording("recordResponseBreach", VAR_RESPONSE_BREACHED));
		Mocks.register("warnResolution", recording("warnResolution", VAR_RESOLUTION_WARNED));
		Mocks.register("recordResolutionBreach", recording("recordResolutionBreach", VAR_RESOLUTION_BREACHED));
	}

	@AfterEach
	void resetEngineState() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void firstResponseIsWarnedThenBreached() {
		ProcessInstance clock = start(dueTimes(FILED, 4, 24));
		assertThat(timerDueDates(clock)).containsExactlyInAnyOrder(at(3), at(18));

		runJobsDueAt(at(3));
		assertThat(this.recorded).containsExactly("warnFirstResponse");
		assertThat(clock).isWaitingAt(EVENT_RESPONSE_BREACH_DUE, EVENT_RESOLUTION_WARNING_DUE);

		runJobsDueAt(at(4));
		assertThat(this.recorded).containsExactly("warnFirstResponse", "recordResponseBreach");
		assertThat(clock).isWaitingAt(EVENT_RESOLUTION_WARNING_DUE).isNotWaitingAt(EVENT_RESPONSE_BREACH_DUE)
			.hasPassed("Event_ResponseBreached");
	}

	@Test
	void everyTargetBreachedEndsTheInstance() {
		ProcessInstance clock = start(dueTimes(FILED, 4, 24));

		runJobsDueAt(at(30));

		assertThat(this.recorded).containsExactlyInAnyOrder("warnFirstResponse", "recordResponseBreach", "warnResolution",
				"recordResolutionBreach");
		assertThat(clock).isEnded().hasPassed("Event_ClocksDone");
	}

	@Test
	void theFirstResponseStopsItsTimersButNotTheResolutions() {
		ProcessInstance clock = start(dueTimes(FILED, 4, 24));
		runJobsDueAt(at(3)); // warned about the first response

		Map<String, Object> responded = dueTimes(FILED, 4, 24);
		responded.put(VAR_RESPONDED, true);
		responded.put(VAR_RESPONSE_WARNED, true);
		correlate(MESSAGE_RESPONDED, responded);

		assertThat(clock).hasPassed("Event_FirstResponse", "Event_ResponseSettled").isWaitingAt(EVENT_RESOLUTION_WARNING_DUE)
			.isNotWaitingAt(EVENT_RESPONSE_BREACH_DUE);
		runJobsDueAt(at(10));
		assertThat(this.recorded).containsExactly("warnFirstResponse");
	}

	@Test
	void aPauseStopsTheTimersAndTheResumeRestartsThemAtTheMovedDueTimes() {
		ProcessInstance clock = start(dueTimes(FILED, 4, 24));
		runJobsDueAt(at(3));
		assertThat(this.recorded).containsExactly("warnFirstResponse");

		correlate(MESSAGE_PAUSED, Map.of());
		assertThat(clock).isWaitingAtExactly("Gateway_WhilePaused");
		assertThat(timerDueDates(clock)).isEmpty();
		runJobsDueAt(at(30));
		assertThat(this.recorded).as("nothing fires while paused").containsExactly("warnFirstResponse");

		// resumed with every due time moved 5 hours later; the warning already fired
		Map<String, Object> moved = dueTimes(FILED.plus(Duration.ofHours(5)), 4, 24);
		moved.put(VAR_RESPONSE_WARNED, true);
		correlate(MESSAGE_RESUMED, moved);

		assertThat(clock).isWaitingAt(EVENT_RESPONSE_BREACH_DUE, EVENT_RESOLUTION_WARNING_DUE)
			.hasPassed("Gateway_ResponseWarned");
		assertThat(timerDueDates(clock)).containsExactlyInAnyOrder(at(9), at(23));
	}

	@Test
	void aWarnedResolutionIsNotWarnedAgainAfterAResume() {
		Map<String, Object> responded = dueTimes(FILED, 4, 24);
		responded.put(VAR_RESPONDED, true);
		ProcessInstance clock = start(responded);
		runJobsDueAt(at(18));
		assertThat(this.recorded).containsExactly("warnResolution");
		correlate(MESSAGE_PAUSED, Map.of());

		responded.put(VAR_RESOLUTION_WARNED, true);
		correlate(MESSAGE_RESUMED, responded);
		runJobsDueAt(at(19));

		assertThat(clock).isWaitingAt(EVENT_RESOLUTION_BREACH_DUE);
		assertThat(this.recorded).containsExactly("warnResolution");
	}

	@Test
	void aResolutionInTimeEndsTheInstanceWithoutBreach() {
		ProcessInstance clock = start(dueTimes(FILED, 4, 24));
		Map<String, Object> responded = dueTimes(FILED, 4, 24);
		responded.put(VAR_RESPONDED, true);
		correlate(MESSAGE_RESPONDED, responded);

		correlate(MESSAGE_CLOSED, Map.of());

		assertThat(clock).isEnded().hasPassed("Event_TicketClosed", EVENT_SERVICE_LEVEL_ENDED);
		assertThat(this.recorded).isEmpty();
	}

	@Test
	void aResolutionWhilePausedEndsTheInstance() {
		ProcessInstance clock = start(dueTimes(FILED, 4, 24));
		correlate(MESSAGE_PAUSED, Map.of());

		correlate(MESSAGE_CLOSED, Map.of());

		assertThat(clock).isEnded().hasPassed("Event_ClosedWhilePaused", EVENT_SERVICE_LEVEL_ENDED);
	}

	@Test
	void aBreachedResolutionStartsNoTimerAgain() {
		ProcessInstance clock = start(dueTimes(FILED, 4, 24));
		runJobsDueAt(at(24));
		assertThat(clock).isEnded();
		this.recorded.clear();
		Map<String, Object> again = dueTimes(FILED, 4, 24);
		again.put(VAR_RESPONSE_BREACHED, true);
		again.put(VAR_RESOLUTION_BREACHED, true);

		ProcessInstance restarted = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "REQ-2002", again);

		assertThat(restarted).isEnded().hasPassed("Event_ResolutionSettled", "Event_ResponseSettled");
		assertThat(this.recorded).isEmpty();
	}

	private ProcessInstance start(Map<String, Object> variables) {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, TICKET, variables);
	}

	private static void correlate(String message, Map<String, Object> variables) {
		runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(TICKET).setVariables(variables).correlateAll();
	}

	/** Targets of so many hours (around the clock) from the start; warnings at 75 %. */
	private static Map<String, Object> dueTimes(Instant start, int responseHours, int resolutionHours) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_RESPONSE_WARN_AT, Date.from(start.plus(Duration.ofMinutes(responseHours * 45L))));
		variables.put(VAR_RESPONSE_DUE_AT, Date.from(start.plus(Duration.ofHours(responseHours))));
		variables.put(VAR_RESOLUTION_WARN_AT, Date.from(start.plus(Duration.ofMinutes(resolutionHours * 45L))));
		variables.put(VAR_RESOLUTION_DUE_AT, Date.from(start.plus(Duration.ofHours(resolutionHours))));
		variables.put(VAR_RESPONDED, false);
		variables.put(VAR_RESPONSE_WARNED, false);
		variables.put(VAR_RESPONSE_BREACHED, false);
		variables.put(VAR_RESOLUTION_WARNED, false);
		variables.put(VAR_RESOLUTION_BREACHED, false);
		return variables;
	}

	private static Date at(int hoursAfterFiling) {
		return Date.from(FILED.plus(Duration.ofHours(hoursAfterFiling)));
	}

	/** The clock moves to the time; every timer due by then runs, in due order, as the job executor would. */
	private static void runJobsDueAt(Date time) {
		ClockUtil.setCurrentTime(time);
		for (int i = 0; i < 20; i++) {
			List<Job> due = managementService().createJobQuery().executable().orderByJobDuedate().asc().list();
			if (due.isEmpty()) {
				return;
			}
			managementService().executeJob(due.get(0).getId());
		}
	}

	private static List<Date> timerDueDates(ProcessInstance instance) {
		return managementService().createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
			.map(Job::getDuedate)
			.toList();
	}

	private JavaDelegate recording(String name, String flag) {
		return execution -> {
			this.recorded.add(name);
			execution.setVariable(flag, true);
		};
	}

}

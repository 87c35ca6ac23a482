package io.connectdesk.incident;

import static io.connectdesk.incident.IncidentProcess.EVENT_ACKNOWLEDGED_AFTER_LADDER;
import static io.connectdesk.incident.IncidentProcess.EVENT_INCIDENT_CLOSED;
import static io.connectdesk.incident.IncidentProcess.EVENT_POSTMORTEM_WRITTEN;
import static io.connectdesk.incident.IncidentProcess.EVENT_PRIMARY_WAIT_OVER;
import static io.connectdesk.incident.IncidentProcess.EVENT_RESOLVED_AFTER_MITIGATION;
import static io.connectdesk.incident.IncidentProcess.EVENT_SECONDARY_WAIT_OVER;
import static io.connectdesk.incident.IncidentProcess.GATEWAY_MITIGATED_OR_RESOLVED;
import static io.connectdesk.incident.IncidentProcess.MESSAGE_ACKNOWLEDGED;
import static io.connectdesk.incident.IncidentProcess.MESSAGE_MITIGATED;
import static io.connectdesk.incident.IncidentProcess.MESSAGE_RESOLVED;
import static io.connectdesk.incident.IncidentProcess.PROCESS_KEY;
import static io.connectdesk.incident.IncidentProcess.TASK_WRITE_POSTMORTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.connectdesk.workflow.ProcessTestEngine;

/**
 * One test per path through {@code processes/incident.bpmn} (acknowledged by the primary, by the
 * secondary, by the experts; mitigated then resolved, resolved at once; a postmortem for SEV1/2 only),
 * on the plain engine with the clock moved past each wait. Together they cover every element.
 */
@Deployment(resources = "processes/incident.bpmn")
class IncidentProcessTest {

	@RegisterExtension
	static ProcessTestEngine engine = ProcessTestEngine.coveringAtLeast(1.0);

	private static final String INCIDENT = "INC-42";

	private static final Instant OPENED_AT = Instant.parse("2026-11-28T03:10:00Z");

	private static final Duration PRIMARY_WAIT = Duration.ofMinutes(5);

	private static final Duration SECONDARY_WAIT = Duration.ofMinutes(10);

	/** Each paging step as it ran: "primary INC-42"... */
	private final List<String> pages = new ArrayList<>();

	@BeforeEach
	void pagingStepsRecordTheirPages() {
		engine.clockAt(OPENED_AT);
		engine.register("pageIncidentPrimary", recording("primary"));
		engine.register("pageIncidentSecondary", recording("secondary"));
		engine.register("pageIncidentExperts", recording("experts"));
	}

	@Test
	void thePrimaryIsPagedAtOnceAndTheirAcknowledgementEndsThePaging() {
		ProcessInstance incident = trigger();
		assertThat(this.pages).containsExactly("primary " + INCIDENT);
		assertThat(incident).isWaitingAt(EVENT_PRIMARY_WAIT_OVER);
		assertThat(timer(incident).getDuedate()).isEqualTo(Date.from(OPENED_AT.plus(PRIMARY_WAIT)));

		acknowledge();

		assertThat(incident).hasPassed("Event_Acknowledged").isWaitingAt(GATEWAY_MITIGATED_OR_RESOLVED);
		assertThat(managementService().createJobQuery().processInstanceId(incident.getId()).count()).isZero();
	}

	@Test
	void withoutAnAcknowledgementTheSecondaryIsPagedAndMayAcknowledge() {
		ProcessInstance incident = trigger();

		waitIsOver(incident, PRIMARY_WAIT);
		assertThat(this.pages).containsExactly("primary " + INCIDENT, "secondary " + INCIDENT);
		assertThat(incident).isWaitingAt(EVENT_SECONDARY_WAIT_OVER);

		acknowledge();
		assertThat(incident).hasNotPassed("Task_PageExperts").isWaitingAt(GATEWAY_MITIGATED_OR_RESOLVED);
	}

	@Test
	void whenNeitherAcknowledgesTheExpertsArePagedAndTheIncidentWaitsForSomeone() {
		ProcessInstance incident = trigger();
		waitIsOver(incident, PRIMARY_WAIT);
		waitIsOver(incident, SECONDARY_WAIT);

		assertThat(this.pages).containsExactly("primary " + INCIDENT, "secondary " + INCIDENT, "experts " + INCIDENT);
		assertThat(incident).hasPassed("Event_ExpertsPaged").isWaitingAt(EVENT_ACKNOWLEDGED_AFTER_LADDER);

		acknowledge();
		assertThat(incident).isWaitingAt(GATEWAY_MITIGATED_OR_RESOLVED);
	}

	@Test
	void aSev1MitigatedThenResolvedGetsAPostmortemDueWhenSaid() {
		ProcessInstance incident = acknowledged();

		runtimeService().correlateMessage(MESSAGE_MITIGATED, INCIDENT);
		assertThat(incident).isWaitingAt(EVENT_RESOLVED_AFTER_MITIGATION);
		resolve(true);

		assertThat(incident).isWaitingAt(TASK_WRITE_POSTMORTEM);
		assertThat(task(incident)).hasCandidateGroup("SRE");
		assertThat(task(incident).getDueDate()).isEqualTo(Date.from(OPENED_AT.plus(Duration.ofDays(5))));
		complete(task(incident));
		assertThat(incident).isEnded().hasPassed(EVENT_POSTMORTEM_WRITTEN);
	}

	@Test
	void aSev3ResolvedAtOnceEndsWithoutAPostmortem() {
		ProcessInstance incident = acknowledged();

		resolve(false);

		assertThat(incident).isEnded().hasPassed("Event_ResolvedAtOnce", EVENT_INCIDENT_CLOSED).hasNotPassed(TASK_WRITE_POSTMORTEM);
	}

	@Test
	void theIncidentCannotBeResolvedOrMitigatedBeforeItIsAcknowledged() {
		ProcessInstance incident = trigger();

		assertThat(runtimeService().createMessageCorrelation(MESSAGE_RESOLVED).processInstanceBusinessKey(INCIDENT).correlateAllWithResult())
			.isEmpty();
		assertThat(incident).isNotWaitingAt(GATEWAY_MITIGATED_OR_RESOLVED).isWaitingAt(EVENT_PRIMARY_WAIT_OVER);
	}

	private ProcessInstance acknowledged() {
		ProcessInstance incident = trigger();
		acknowledge();
		return incident;
	}

	private static ProcessInstance trigger() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, INCIDENT, Map.of(IncidentProcess.PRIMARY_WAIT.name(),
				PRIMARY_WAIT.toString(), IncidentProcess.SECONDARY_WAIT.name(), SECONDARY_WAIT.toString()));
	}

	private static void acknowledge() {
		runtimeService().correlateMessage(MESSAGE_ACKNOWLEDGED, INCIDENT);
	}

	private static void resolve(boolean needsPostmortem) {
		runtimeService().correlateMessage(MESSAGE_RESOLVED, INCIDENT, Map.of(IncidentProcess.NEEDS_POSTMORTEM.name(), needsPostmortem,
				IncidentProcess.POSTMORTEM_DUE.name(), OPENED_AT.plus(Duration.ofDays(5)).toString()));
	}

	private static Job timer(ProcessInstance incident) {
		return managementService().createJobQuery().processInstanceId(incident.getId()).timers().singleResult();
	}

	private static void waitIsOver(ProcessInstance incident, Duration wait) {
		Job timer = timer(incident);
		engine.clockAt(timer.getDuedate().toInstant().plusSeconds(1));
		assertThat(wait).isPositive();
		execute(timer);
	}

	private JavaDelegate recording(String rung) {
		return execution -> this.pages.add(rung + " " + execution.getProcessBusinessKey());
	}

}

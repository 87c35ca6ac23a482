package io.connectdesk.oncall;

import static io.connectdesk.oncall.EscalationLadder.EVENT_ESCALATED_BY_HAND;
import static io.connectdesk.oncall.EscalationLadder.EVENT_ESCALATION_TAKEN;
import static io.connectdesk.oncall.EscalationLadder.EVENT_LADDER_STOPPED;
import static io.connectdesk.oncall.EscalationLadder.EVENT_PRIMARY_WAIT_OVER;
import static io.connectdesk.oncall.EscalationLadder.EVENT_SECONDARY_WAIT_OVER;
import static io.connectdesk.oncall.EscalationLadder.EVENT_TICKET_CLAIMED;
import static io.connectdesk.oncall.EscalationLadder.EXPERT_GROUP;
import static io.connectdesk.oncall.EscalationLadder.MESSAGE_ESCALATION_REQUESTED;
import static io.connectdesk.oncall.EscalationLadder.MESSAGE_TICKET_CLAIMED;
import static io.connectdesk.oncall.EscalationLadder.PROCESS_KEY;
import static io.connectdesk.oncall.EscalationLadder.TASK_HANDLE_ESCALATION;
import static io.connectdesk.oncall.EscalationLadder.TASK_NOTIFY_EXPERTS;
import static io.connectdesk.oncall.EscalationLadder.TASK_NOTIFY_PRIMARY;
import static io.connectdesk.oncall.EscalationLadder.TASK_NOTIFY_SECONDARY;
import static io.connectdesk.oncall.EscalationLadder.VAR_BY_HAND;
import static io.connectdesk.oncall.EscalationLadder.VAR_PRIMARY_WAIT;
import static io.connectdesk.oncall.EscalationLadder.VAR_REASON;
import static io.connectdesk.oncall.EscalationLadder.VAR_SECONDARY_WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.connectdesk.workflow.ProcessTestEngine;

/**
 * One test per path through {@code processes/escalation-ladder.bpmn}, on the plain in-memory engine
 * ({@code camunda.cfg.xml}), with the engine's clock moved past each wait and the jobs executed as the
 * job executor would. Together the paths cover every element (the coverage extension checks).
 */
@Deployment(resources = "processes/escalation-ladder.bpmn")
class EscalationLadderProcessTest {

	@RegisterExtension
	static ProcessTestEngine engine = ProcessTestEngine.coveringAtLeast(1.0);

	private static final String TICKET = "REQ-2042";

	private static final Instant FILED_AT = Instant.parse("2026-03-28T23:50:00Z");

	private static final Duration PRIMARY_WAIT = Duration.ofMinutes(15);

	private static final Duration SECONDARY_WAIT = Duration.ofMinutes(30);

	/** Every step's delegate, in the order they ran: "primary REQ-2042", "experts REQ-2042 climbed"... */
	private final List<String> calls = new ArrayList<>();

	@BeforeEach
	void stepsRecordTheirCalls() {
		engine.clockAt(FILED_AT);
		engine.register("notifyOnCallPrimary", recording("primary"));
		engine.register("notifyOnCallSecondary", recording("secondary"));
		engine.register("notifyExperts", (JavaDelegate) execution -> this.calls.add("experts "
				+ execution.getProcessBusinessKey() + (Boolean.TRUE.equals(execution.getVariable(VAR_BY_HAND)) ? " by hand" : " climbed")));
	}


	@Test
	void thePrimaryIsNotifiedAtOnceAndTheLadderWaitsForAClaim() {
		ProcessInstance ladder = enter(false);

		assertThat(ladder).isWaitingAt(TASK_NOTIFY_PRIMARY);
		execute(job(ladder));

		assertThat(this.calls).containsExactly("primary " + TICKET);
		assertThat(ladder).isWaitingAt(EVENT_PRIMARY_WAIT_OVER);
		assertThat(timer(ladder).getDuedate()).isEqualTo(Date.from(FILED_AT.plus(PRIMARY_WAIT)));
	}

	@Test
	void withoutAClaimTheSecondaryThenTheExpertsAreCalled() {
		ProcessInstance ladder = enter(false);
		execute(job(ladder));

		waitIsOver(ladder, PRIMARY_WAIT);
		assertThat(this.calls).containsExactly("primary " + TICKET, "secondary " + TICKET);
		assertThat(ladder).isWaitingAt(EVENT_SECONDARY_WAIT_OVER);

		waitIsOver(ladder, SECONDARY_WAIT);
		assertThat(this.calls).containsExactly("primary " + TICKET, "secondary " + TICKET, "experts " + TICKET + " climbed");
		assertThat(ladder).isWaitingAt(TASK_HANDLE_ESCALATION);
		assertThat(task(ladder)).hasCandidateGroup(EXPERT_GROUP);

		complete(task(ladder));
		assertThat(ladder).hasPassed(TASK_NOTIFY_EXPERTS).isEnded();
		assertThat(ladder).hasPassed(EVENT_ESCALATION_TAKEN);
	}

	@Test
	void aClaimStopsTheLadderBeforeTheSecondaryIsCalled() {
		ProcessInstance ladder = enter(false);
		execute(job(ladder));

		runtimeService().createMessageCorrelation(MESSAGE_TICKET_CLAIMED).processInstanceBusinessKey(TICKET).correlate();

		assertThat(ladder).hasPassed(EVENT_TICKET_CLAIMED, EVENT_LADDER_STOPPED).isEnded();
		assertThat(ladder).hasNotPassed(TASK_NOTIFY_SECONDARY);
		assertThat(this.calls).containsExactly("primary " + TICKET);
		assertThat(managementService().createJobQuery().count()).as("no timer left").isZero();
	}

	@Test
	void anEscalationByHandGoesStraightToTheExperts() {
		ProcessInstance ladder = enter(true);

		assertThat(this.calls).containsExactly("experts " + TICKET + " by hand");
		assertThat(ladder).isWaitingAt(TASK_HANDLE_ESCALATION).hasNotPassed(TASK_NOTIFY_PRIMARY);
		assertThat(task(ladder)).hasCandidateGroup(EXPERT_GROUP);
	}

	@Test
	void anEscalationByHandWhileTheLadderClimbsSkipsTheRestOfIt() {
		ProcessInstance ladder = enter(false);
		execute(job(ladder));

		runtimeService().createMessageCorrelation(MESSAGE_ESCALATION_REQUESTED)
			.processInstanceBusinessKey(TICKET)
			.setVariable(VAR_BY_HAND, true)
			.correlate();

		assertThat(ladder).hasPassed(EVENT_ESCALATED_BY_HAND).isWaitingAt(TASK_HANDLE_ESCALATION);
		assertThat(this.calls).containsExactly("primary " + TICKET, "experts " + TICKET + " by hand");
		assertThat(managementService().createJobQuery().count()).as("the ladder's timer is gone").isZero();
	}

	private ProcessInstance enter(boolean byHand) {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, TICKET,
				Map.of(VAR_REASON, byHand ? "by hand" : "urgent", VAR_BY_HAND, byHand, VAR_PRIMARY_WAIT,
						PRIMARY_WAIT.toString(), VAR_SECONDARY_WAIT, SECONDARY_WAIT.toString()));
	}

	/** The clock moves just past the wait, and the ladder's timer fires. */
	private static void waitIsOver(ProcessInstance ladder, Duration wait) {
		engine.clockAt(ClockUtil.getCurrentTime().toInstant().plus(wait).plusSeconds(1));
		Job timer = timer(ladder);
		assertThat(timer.getDuedate()).isBefore(ClockUtil.getCurrentTime());
		execute(timer);
	}

	private static Job timer(ProcessInstance ladder) {
		return managementService().createJobQuery().processInstanceId(ladder.getId()).timers().singleResult();
	}

	private JavaDelegate recording(String step) {
		return (DelegateExecution execution) -> this.calls.add(step + " " + execution.getProcessBusinessKey());
	}

}

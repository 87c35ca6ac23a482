package io.connectdesk.approval;

import static io.connectdesk.approval.CostApproval.EVENT_APPROVAL_DEADLINE;
import static io.connectdesk.approval.CostApproval.EVENT_REMINDER_DUE;
import static io.connectdesk.approval.CostApproval.MESSAGE_DECIDED;
import static io.connectdesk.approval.CostApproval.PROCESS_KEY;
import static io.connectdesk.approval.CostApproval.TASK_AWAIT_DECISION;
import static io.connectdesk.approval.CostApproval.VAR_APPROVALS_MISSING;
import static io.connectdesk.approval.CostApproval.VAR_APPROVAL_EXPIRY;
import static io.connectdesk.approval.CostApproval.VAR_MRU_DELTA;
import static io.connectdesk.approval.CostApproval.VAR_OUTCOME;
import static io.connectdesk.approval.CostApproval.VAR_PLAN;
import static io.connectdesk.approval.CostApproval.VAR_POLICY;
import static io.connectdesk.approval.CostApproval.VAR_REMINDER_CYCLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.connectdesk.workflow.ProcessTestEngine;

/**
 * One test per path through {@code processes/cost-approval.bpmn} with the real policy table, on a
 * plain in-memory engine; the delegates are stand-ins that record what they were asked. Together the
 * paths cover every element. Who may decide (self-approval, substitutes, the same approver twice) is
 * the application's part, proven in {@link CostApprovalTest}: the process only counts what arrives.
 */
@Deployment(resources = { "processes/cost-approval.bpmn", "processes/approval-policy.dmn" })
class CostApprovalProcessTest {

	@RegisterExtension
	static ProcessTestEngine engine = ProcessTestEngine.coveringAtLeast(1.0);

	private static final String TASK_READ_COST_FACTS = "Task_ReadCostFacts";

	private static final String TASK_DECIDE_POLICY = "Task_DecideApprovalPolicy";

	private static final String TASK_REQUEST_APPROVAL = "Task_RequestApproval";

	private static final String TASK_REMIND = "Task_RemindApprovers";

	private static final String TASK_EXPIRE = "Task_ExpireApproval";

	private static final String EVENT_COST_APPROVED = "Event_CostApproved";

	private static final String EVENT_COST_REJECTED = "Event_CostRejected";

	private static final String EVENT_APPROVAL_EXPIRED = "Event_ApprovalExpired";

	private static final String EVENT_APPROVERS_REMINDED = "Event_ApproversReminded";

	private static final String GATEWAY_DECIDED = "Gateway_Decided";

	private static final String TICKET_KEY = "REQ-1042";

	private static final Instant REQUESTED_AT = Instant.parse("2025-03-03T09:00:00Z");

	private final Recording facts = new Recording(execution -> {
		execution.setVariable(VAR_REMINDER_CYCLE, "R/P1D");
		execution.setVariable(VAR_APPROVAL_EXPIRY, "P14D");
	});

	private final Recording request = new Recording(execution -> execution.removeVariable(VAR_POLICY));

	private final Recording remind = new Recording(execution -> {
	});

	private final Recording expire = new Recording(execution -> execution.setVariable(VAR_OUTCOME, "EXPIRED"));

	/** What the policy table gave the request: requiredApprovals, policyRule. */
	private final List<Map<String, Object>> policies = new ArrayList<>();

	@BeforeEach
	void standInForSpringBeans() {
		engine.clockAt(REQUESTED_AT);
		engine.register("readCostFacts", this.facts);
		engine.register("requestApproval", new Recording(execution -> {
			this.policies.add(policyOf(execution));
			this.request.execute(execution);
		}));
		engine.register("remindApprovers", this.remind);
		engine.register("expireApproval", this.expire);
	}


	@Test
	void oneApprovalOfASmallIncreaseEndsApproved() {
		ProcessInstance approval = start(30.0, "STANDARD");
		assertThat(approval).hasPassedInOrder(TASK_READ_COST_FACTS, TASK_DECIDE_POLICY, TASK_REQUEST_APPROVAL)
			.isWaitingAt(TASK_AWAIT_DECISION);
		assertThat(this.policies).singleElement().satisfies(policy -> assertThat(policy).containsEntry("requiredApprovals", 1));
		assertThat(approval).variables().doesNotContainKey(VAR_POLICY);

		decide("APPROVED", 0);

		assertThat(approval).hasPassedInOrder(TASK_AWAIT_DECISION, GATEWAY_DECIDED, EVENT_COST_APPROVED)
			.hasNotPassed(EVENT_COST_REJECTED, TASK_EXPIRE, TASK_REMIND)
			.isEnded();
		assertThat(this.expire.ticketIds).isEmpty();
	}

	@Test
	void largeIncreaseWaitsForTheSecondApproval() {
		ProcessInstance approval = start(600.0, "STANDARD");
		assertThat(this.policies).singleElement()
			.satisfies(policy -> assertThat(policy).containsEntry("requiredApprovals", 2).containsEntry("policyRule", "large increase"));

		decide("APPROVED", 1);
		assertThat(approval).isWaitingAt(TASK_AWAIT_DECISION);
		assertThat(job(EVENT_APPROVAL_DEADLINE, approval)).as("the deadline does not restart").hasDueDate(
				Date.from(REQUESTED_AT.plus(java.time.Duration.ofDays(14))));

		decide("APPROVED", 0);
		assertThat(approval).hasPassed(EVENT_COST_APPROVED).isEnded();
	}

	@Test
	void rejectionEndsRejected() {
		ProcessInstance approval = start(-10.0, "PREMIUM");

		decide("REJECTED", 1);

		assertThat(approval).hasPassedInOrder(TASK_AWAIT_DECISION, GATEWAY_DECIDED, EVENT_COST_REJECTED)
			.hasNotPassed(EVENT_COST_APPROVED)
			.isEnded();
		assertThat(approval).variables().containsEntry(VAR_OUTCOME, "REJECTED");
	}

	@Test
	void pendingApproversAreRemindedEveryCycleWithoutEndingTheWait() {
		ProcessInstance approval = start(30.0, "ENTERPRISE");
		assertThat(job(EVENT_REMINDER_DUE, approval)).hasDueDate(Date.from(REQUESTED_AT.plus(java.time.Duration.ofDays(1))));

		engine.clockAt(REQUESTED_AT.plus(java.time.Duration.ofDays(1)));
		execute(job(EVENT_REMINDER_DUE, approval));
		assertThat(approval).hasPassed(TASK_REMIND, EVENT_APPROVERS_REMINDED).isWaitingAt(TASK_AWAIT_DECISION);
		assertThat(job(EVENT_REMINDER_DUE, approval)).as("the next reminder").hasDueDate(
				Date.from(REQUESTED_AT.plus(java.time.Duration.ofDays(2))));

		engine.clockAt(REQUESTED_AT.plus(java.time.Duration.ofDays(2)));
		execute(job(EVENT_REMINDER_DUE, approval));
		assertThat(this.remind.ticketIds).containsExactly(TICKET_KEY, TICKET_KEY);

		decide("APPROVED", 0);
		assertThat(approval).isEnded();
	}

	@Test
	void withoutADecisionTheApprovalExpires() {
		ProcessInstance approval = start(30.0, "STANDARD");

		engine.clockAt(REQUESTED_AT.plus(java.time.Duration.ofDays(14)));
		execute(job(EVENT_APPROVAL_DEADLINE, approval));

		assertThat(approval).hasPassedInOrder(TASK_REQUEST_APPROVAL, TASK_EXPIRE, EVENT_APPROVAL_EXPIRED)
			.hasNotPassed(EVENT_COST_APPROVED, EVENT_COST_REJECTED)
			.isEnded();
		assertThat(this.expire.ticketIds).containsExactly(TICKET_KEY);
		assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(approval.getId()).count()).isZero();
	}

	private ProcessInstance start(double mruDelta, String plan) {
		// The facts stand-in reads nothing: the start carries the policy's inputs.
		ProcessInstance approval = runtimeService().startProcessInstanceByKey(PROCESS_KEY,
				Map.of(CostApproval.VAR_TICKET_ID, TICKET_KEY, VAR_MRU_DELTA, mruDelta, VAR_PLAN, plan));
		// Task_ReadCostFacts is asynchronous: the caller's transaction (the SRE's acceptance) only leaves a job.
		assertThat(approval).isWaitingAtExactly(TASK_READ_COST_FACTS);
		assertThat(this.facts.ticketIds).isEmpty();
		execute(job(TASK_READ_COST_FACTS, approval));
		assertThat(this.facts.ticketIds).containsExactly(TICKET_KEY);
		return approval;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> policyOf(DelegateExecution execution) {
		return (Map<String, Object>) execution.getVariable(VAR_POLICY);
	}

	private static void decide(String outcome, int missing) {
		runtimeService().createMessageCorrelation(MESSAGE_DECIDED)
			.processInstanceVariableEquals(CostApproval.VAR_TICKET_ID, TICKET_KEY)
			.setVariable(VAR_OUTCOME, outcome)
			.setVariable(VAR_APPROVALS_MISSING, missing)
			.correlate();
	}

	/** Stands in for a delegate bean: remembers the tickets it ran for, and does what it is given. */
	private static final class Recording implements JavaDelegate {

		private final List<String> ticketIds = new ArrayList<>();

		private final JavaDelegate effect;

		Recording(JavaDelegate effect) {
			this.effect = effect;
		}

		@Override
		public void execute(DelegateExecution execution) throws Exception {
			this.ticketIds.add(CostApproval.TICKET_ID.get(execution));
			this.effect.execute(execution);
		}

	}

}

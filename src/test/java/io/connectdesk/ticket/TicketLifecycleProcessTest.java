package io.connectdesk.ticket;

import static io.connectdesk.ticket.TicketLifecycle.EVENT_APPROVAL_EXPIRED;
import static io.connectdesk.ticket.TicketLifecycle.EVENT_COST_REJECTED;
import static io.connectdesk.ticket.TicketLifecycle.EVENT_REOPEN_WINDOW_ENDS;
import static io.connectdesk.ticket.TicketLifecycle.GATEWAY_COST_CHANGES;
import static io.connectdesk.ticket.TicketLifecycle.TASK_APPROVE_COST;
import static io.connectdesk.ticket.TicketLifecycle.VAR_APPROVAL_OUTCOME;
import static io.connectdesk.ticket.TicketLifecycle.VAR_COST_CHANGES;
import static io.connectdesk.ticket.TicketLifecycle.EVENT_TICKET_CLOSED;
import static io.connectdesk.ticket.TicketLifecycle.EVENT_TICKET_REJECTED;
import static io.connectdesk.ticket.TicketLifecycle.EVENT_TICKET_REOPENED;
import static io.connectdesk.ticket.TicketLifecycle.MESSAGE_TICKET_REOPENED;
import static io.connectdesk.ticket.TicketLifecycle.PRIORITY_URGENT;
import static io.connectdesk.ticket.TicketLifecycle.PROCESS_KEY;
import static io.connectdesk.ticket.TicketLifecycle.SRE_GROUP;
import static io.connectdesk.ticket.TicketLifecycle.TASK_ANSWER;
import static io.connectdesk.ticket.TicketLifecycle.TASK_CLOSE;
import static io.connectdesk.ticket.TicketLifecycle.GATEWAY_NEEDS_PROVISIONING;
import static io.connectdesk.ticket.TicketLifecycle.TASK_FULFIL;
import static io.connectdesk.ticket.TicketLifecycle.TASK_PLAN_PROVISIONING;
import static io.connectdesk.ticket.TicketLifecycle.TASK_PROVISION;
import static io.connectdesk.ticket.TicketLifecycle.TASK_REVIEW;
import static io.connectdesk.ticket.TicketLifecycle.VAR_REOPEN_WINDOW;
import static io.connectdesk.ticket.TicketLifecycle.VAR_REVIEW_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.connectdesk.workflow.ProcessTestEngine;

/**
 * One test per path through {@code processes/ticket-lifecycle.bpmn}, on a plain in-memory engine
 * ({@code camunda.cfg.xml}). Together the paths cover every element: the coverage extension fails the
 * class otherwise and writes its report under {@code target/process-test-coverage}.
 */
@Deployment(resources = { "processes/ticket-lifecycle.bpmn", "stubs/cost-approval-stub.bpmn", "stubs/provisioning-stub.bpmn" })
class TicketLifecycleProcessTest {

	/** A {@code ProcessEngineExtension} that also records coverage; static for its class-level report. */
	@RegisterExtension
	static ProcessTestEngine engine = ProcessTestEngine.coveringAtLeast(1.0);

	// Ids the application never needs, so they are not in TicketLifecycle.
	private static final String EVENT_TICKET_SUBMITTED = "Event_TicketSubmitted";

	private static final String GATEWAY_INCIDENT = "Gateway_Incident";

	private static final String GATEWAY_TO_REVIEW = "Gateway_ToReview";

	private static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";

	private static final String GATEWAY_TO_FULFILMENT = "Gateway_ToFulfilment";

	private static final String GATEWAY_REOPEN_OR_CLOSE = "Gateway_ReopenOrClose";

	private static final String GATEWAY_APPROVAL_OUTCOME = "Gateway_ApprovalOutcome";

	/** The one task of {@code stubs/cost-approval-stub.bpmn}, which stands in for the CostApproval process. */
	private static final String STUB_DECISION = "Task_StubDecision";

	private static final String GATEWAY_PROVISIONED = "Gateway_Provisioned";

	private static final String TICKET_KEY = "REQ-1042";

	private static final String REQUESTER = "ana@acme.example";

	private static final Instant RESOLVED_AT = Instant.parse("2025-03-03T09:30:00Z");

	private final RecordingCloseTicket closeTicket = new RecordingCloseTicket();

	/** Whether {@code planProvisioning} finds items to provision; most paths have none. */
	private boolean componentsToProvision;

	/** How often {@code planProvisioning} ran. */
	private int plannedTickets;

	@BeforeEach
	void standInForSpringBeans() {
		engine.register("closeTicket", this.closeTicket);
		engine.register("ticketTask", new TicketTaskStandIn(REQUESTER, false));
		engine.register("planProvisioning", (JavaDelegate) execution -> {
			this.plannedTickets++;
			execution.setVariable("needsProvisioning", this.componentsToProvision);
			execution.setVariable("provisioningOperation", this.componentsToProvision ? "PROVISION" : null);
		});
	}


	@Test
	void acceptedTicketWaitsInTheFulfilmentQueue() {
		ProcessInstance ticket = submit();
		assertThat(ticket).isWaitingAtExactly(TASK_REVIEW).task().hasCandidateGroup(SRE_GROUP).isNotAssigned();
		assertThat(task(TASK_REVIEW, ticket).getPriority()).isEqualTo(PRIORITY_URGENT);

		review(ticket, Outcome.ACCEPT);
		assertThat(ticket).as("the review's transaction only leaves a job").isWaitingAtExactly(TASK_PLAN_PROVISIONING);
		assertThat(this.plannedTickets).isZero();
		plan(ticket);

		assertThat(ticket).hasPassedInOrder(EVENT_TICKET_SUBMITTED, GATEWAY_TO_REVIEW, TASK_REVIEW,
				GATEWAY_REVIEW_OUTCOME, GATEWAY_COST_CHANGES, GATEWAY_TO_FULFILMENT)
			.hasNotPassed(TASK_ANSWER, EVENT_TICKET_REJECTED, TASK_APPROVE_COST)
			.isWaitingAtExactly(TASK_FULFIL)
			.task()
			.hasCandidateGroup(SRE_GROUP)
			.isNotAssigned();
		assertThat(task(TASK_FULFIL, ticket).getPriority()).isEqualTo(PRIORITY_URGENT);
		assertThat(this.closeTicket.businessKeys).isEmpty();
	}

	@Test
	void incidentGoesStraightToTheFulfilmentQueue() {
		engine.register("ticketTask", new TicketTaskStandIn(REQUESTER, true));
		ProcessInstance ticket = submit();

		assertThat(ticket).hasPassedInOrder(EVENT_TICKET_SUBMITTED, GATEWAY_INCIDENT)
			.hasNotPassed(GATEWAY_TO_REVIEW, TASK_REVIEW, TASK_PLAN_PROVISIONING, TASK_APPROVE_COST, GATEWAY_PROVISIONED)
			.isWaitingAtExactly(TASK_FULFIL)
			.task()
			.hasCandidateGroup(SRE_GROUP)
			.isNotAssigned();
		assertThat(this.plannedTickets).as("nothing to plan: an incident names no items").isZero();
	}

	@Test
	void acceptedTicketThatChangesCostWaitsForApprovalThenGoesToFulfilment() {
		ProcessInstance ticket = submit();

		reviewChangingCost(ticket);
		assertThat(ticket).hasPassedInOrder(GATEWAY_REVIEW_OUTCOME, GATEWAY_COST_CHANGES).isWaitingAtExactly(TASK_APPROVE_COST);
		ProcessInstance approval = calledApproval(ticket);
		assertThat(runtimeService().getVariable(approval.getId(), "ticketId")).isEqualTo(TICKET_KEY);
		assertThat(approval.getBusinessKey()).as("the ticket's key stays its lifecycle's alone").isNull();

		complete(task(STUB_DECISION, approval), withVariables(VAR_APPROVAL_OUTCOME, "APPROVED"));
		plan(ticket);

		assertThat(ticket).hasPassedInOrder(GATEWAY_COST_CHANGES, TASK_APPROVE_COST, GATEWAY_APPROVAL_OUTCOME,
				GATEWAY_TO_FULFILMENT)
			.isWaitingAtExactly(TASK_FULFIL)
			.task()
			.hasCandidateGroup(SRE_GROUP);
	}

	@Test
	void rejectedCostEndsTheTicket() {
		ProcessInstance ticket = submit();
		reviewChangingCost(ticket);

		complete(task(STUB_DECISION, calledApproval(ticket)), withVariables(VAR_APPROVAL_OUTCOME, "REJECTED"));

		assertThat(ticket).hasPassedInOrder(TASK_APPROVE_COST, GATEWAY_APPROVAL_OUTCOME, EVENT_COST_REJECTED)
			.hasNotPassed(TASK_FULFIL, EVENT_APPROVAL_EXPIRED)
			.isEnded();
	}

	@Test
	void expiredApprovalEndsTheTicket() {
		ProcessInstance ticket = submit();
		reviewChangingCost(ticket);

		complete(task(STUB_DECISION, calledApproval(ticket)), withVariables(VAR_APPROVAL_OUTCOME, "EXPIRED"));

		assertThat(ticket).hasPassedInOrder(TASK_APPROVE_COST, GATEWAY_APPROVAL_OUTCOME, EVENT_APPROVAL_EXPIRED)
			.hasNotPassed(TASK_FULFIL, EVENT_COST_REJECTED)
			.isEnded();
	}

	@Test
	void acceptedTicketWithComponentsIsProvisionedBeforeTheFulfilmentTask() {
		this.componentsToProvision = true;
		ProcessInstance ticket = accepted();

		assertThat(ticket).hasPassedInOrder(GATEWAY_TO_FULFILMENT, TASK_PLAN_PROVISIONING, GATEWAY_NEEDS_PROVISIONING)
			.isWaitingAtExactly(TASK_PROVISION);
		ProcessInstance provisioning = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey("Provisioning")
			.singleResult();
		assertThat(provisioning.getBusinessKey()).isEqualTo(TICKET_KEY);
		assertThat(runtimeService().getVariable(provisioning.getId(), "operation")).isEqualTo("PROVISION");

		complete(BpmnAwareTests.taskQuery().processInstanceId(provisioning.getId()).singleResult());

		assertThat(ticket).hasPassedInOrder(TASK_PROVISION, GATEWAY_PROVISIONED).isWaitingAtExactly(TASK_FULFIL);
		assertThat(provisioning).isEnded();
	}

	@Test
	void rejectedTicketEndsAtReview() {
		ProcessInstance ticket = submit();

		review(ticket, Outcome.REJECT);

		assertThat(ticket).hasPassedInOrder(TASK_REVIEW, GATEWAY_REVIEW_OUTCOME, EVENT_TICKET_REJECTED)
			.hasNotPassed(TASK_ANSWER, TASK_FULFIL, TASK_CLOSE)
			.isEnded();
		assertThat(this.closeTicket.businessKeys).isEmpty();
	}

	@Test
	void questionGoesToTheRequesterAndTheAnswerReturnsToReview() {
		ProcessInstance ticket = submit();

		review(ticket, Outcome.ASK);
		assertThat(ticket).isWaitingAtExactly(TASK_ANSWER).task().isAssignedTo(REQUESTER);

		complete(task(TASK_ANSWER, ticket));
		assertThat(ticket).hasPassedInOrder(TASK_REVIEW, TASK_ANSWER, GATEWAY_TO_REVIEW)
			.isWaitingAtExactly(TASK_REVIEW)
			.task()
			.hasCandidateGroup(SRE_GROUP);

		review(ticket, Outcome.ACCEPT);
		plan(ticket);
		assertThat(ticket).isWaitingAtExactly(TASK_FULFIL);
		assertThat(this.closeTicket.businessKeys).isEmpty();
	}

	@Test
	void resolvedTicketReopenedInsideTheWindowGoesBackToFulfilment() {
		ProcessInstance ticket = accepted();
		resolve(ticket, "P7D");
		assertThat(ticket).isWaitingAtExactly(GATEWAY_REOPEN_OR_CLOSE).isWaitingFor(MESSAGE_TICKET_REOPENED);

		runtimeService().createMessageCorrelation(MESSAGE_TICKET_REOPENED)
			.processInstanceBusinessKey(TICKET_KEY)
			.correlate();
		plan(ticket);

		assertThat(ticket).hasPassedInOrder(TASK_FULFIL, GATEWAY_REOPEN_OR_CLOSE, EVENT_TICKET_REOPENED)
			.hasNotPassed(EVENT_REOPEN_WINDOW_ENDS, TASK_CLOSE)
			.isWaitingAtExactly(TASK_FULFIL)
			.task()
			.hasCandidateGroup(SRE_GROUP);
		assertThat(managementService().createJobQuery().processInstanceId(ticket.getId()).count())
			.as("the reopen window's timer is cancelled")
			.isZero();

		resolve(ticket, "P7D");
		assertThat(ticket).isWaitingAtExactly(GATEWAY_REOPEN_OR_CLOSE).isWaitingFor(MESSAGE_TICKET_REOPENED);
		assertThat(this.closeTicket.businessKeys).isEmpty();
	}

	@Test
	void resolvedTicketClosesWhenTheReopenWindowEnds() {
		Duration window = Duration.ofDays(7);
		ProcessInstance ticket = accepted();
		engine.clockAt(RESOLVED_AT);
		// As TicketTasks writes it: Duration.toString(), "PT168H".
		resolve(ticket, window.toString());

		assertThat(ticket).isWaitingAtExactly(GATEWAY_REOPEN_OR_CLOSE).isWaitingFor(MESSAGE_TICKET_REOPENED);
		assertThat(job(EVENT_REOPEN_WINDOW_ENDS, ticket)).hasDueDate(Date.from(RESOLVED_AT.plus(window)));
		assertThat(this.closeTicket.businessKeys).as("closed before the window ended").isEmpty();

		engine.clockAt(RESOLVED_AT.plus(window));
		execute(job(EVENT_REOPEN_WINDOW_ENDS, ticket));

		assertThat(ticket).hasPassedInOrder(TASK_FULFIL, GATEWAY_REOPEN_OR_CLOSE, EVENT_REOPEN_WINDOW_ENDS,
				TASK_CLOSE, EVENT_TICKET_CLOSED)
			.hasNotPassed(EVENT_TICKET_REOPENED)
			.isEnded();
		assertThat(this.closeTicket.businessKeys).containsExactly(TICKET_KEY);
	}

	private ProcessInstance submit() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, TICKET_KEY);
	}

	private ProcessInstance accepted() {
		ProcessInstance ticket = submit();
		review(ticket, Outcome.ACCEPT);
		plan(ticket);
		return ticket;
	}

	/** Runs the job that Task_PlanProvisioning (asynchronous) waits in, as the job executor would. */
	private void plan(ProcessInstance ticket) {
		assertThat(ticket).isWaitingAt(TASK_PLAN_PROVISIONING);
		execute(job(TASK_PLAN_PROVISIONING, ticket));
	}

	/** As TicketTasks completes the review: an acceptance says whether the ticket changes cost (here: no). */
	private static void review(ProcessInstance ticket, Outcome outcome) {
		complete(task(TASK_REVIEW, ticket), outcome == Outcome.ACCEPT
				? withVariables(VAR_REVIEW_OUTCOME, outcome.name(), VAR_COST_CHANGES, false)
				: withVariables(VAR_REVIEW_OUTCOME, outcome.name()));
	}

	private static void reviewChangingCost(ProcessInstance ticket) {
		complete(task(TASK_REVIEW, ticket), withVariables(VAR_REVIEW_OUTCOME, Outcome.ACCEPT.name(), VAR_COST_CHANGES, true));
	}

	private static ProcessInstance calledApproval(ProcessInstance ticket) {
		return runtimeService().createProcessInstanceQuery().superProcessInstanceId(ticket.getId()).singleResult();
	}

	private static void resolve(ProcessInstance ticket, String reopenWindow) {
		complete(task(TASK_FULFIL, ticket), withVariables(VAR_REOPEN_WINDOW, reopenWindow));
	}

	/** Stands in for the {@code closeTicket} bean: remembers which tickets it closed. */
	private static final class RecordingCloseTicket implements JavaDelegate {

		private final List<String> businessKeys = new ArrayList<>();

		@Override
		public void execute(DelegateExecution execution) {
			this.businessKeys.add(execution.getProcessBusinessKey());
		}

	}

}

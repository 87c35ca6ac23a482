package io.connectdesk.ticket;

import io.connectdesk.workflow.ProcessVariable;

/**
 * Ids in {@code processes/ticket-lifecycle.bpmn} that the code needs, and its variables: each as its name
 * ({@code VAR_...}, for the model's expressions) and as a typed {@link ProcessVariable} the code reads and writes.
 */
public final class TicketLifecycle {

	public static final String PROCESS_KEY = "TicketLifecycle";

	public static final String TASK_REVIEW = "Task_ReviewTicket";

	public static final String TASK_ANSWER = "Task_AnswerQuestion";

	/** The call activity of {@code processes/cost-approval.bpmn}, after {@code Gateway_CostChanges}. */
	public static final String TASK_APPROVE_COST = "Task_ApproveCost";

	public static final String GATEWAY_COST_CHANGES = "Gateway_CostChanges";

	public static final String EVENT_COST_REJECTED = "Event_CostRejected";

	public static final String EVENT_APPROVAL_EXPIRED = "Event_ApprovalExpired";

	public static final String TASK_FULFIL = "Task_FulfilTicket";

	/** Plans the ticket's provisioning items ({@code ${planProvisioning}}, in the provisioning module). */
	public static final String TASK_PLAN_PROVISIONING = "Task_PlanProvisioning";

	/** Calls the {@code Provisioning} process before the SRE's fulfilment task. */
	public static final String TASK_PROVISION = "Task_Provision";

	public static final String GATEWAY_NEEDS_PROVISIONING = "Gateway_NeedsProvisioning";

	public static final String TASK_CLOSE = "Task_CloseTicket";

	public static final String EVENT_REOPEN_WINDOW_ENDS = "Event_ReopenWindowEnds";

	public static final String EVENT_TICKET_REOPENED = "Event_TicketReopened";

	public static final String EVENT_TICKET_REJECTED = "Event_TicketRejected";

	public static final String EVENT_TICKET_CLOSED = "Event_TicketClosed";

	/** The name of {@code Message_TicketReopened}. */
	public static final String MESSAGE_TICKET_REOPENED = "TicketReopened";

	/** The candidate group of the review and fulfilment tasks. */
	public static final String SRE_GROUP = "SRE";

	/** {@code ACCEPT}, {@code REJECT} or {@code ASK}: read by {@code Gateway_ReviewOutcome}. */
	public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";

	/** Whether the accepted ticket changes recurring cost: read by {@code Gateway_CostChanges}. */
	public static final String VAR_COST_CHANGES = "costChanges";

	/**
	 * {@code APPROVED}, {@code REJECTED} or {@code EXPIRED}: the outcome of the cost approval, returned
	 * by the {@code CostApproval} process and read after {@code Task_ApproveCost}.
	 */
	public static final String VAR_APPROVAL_OUTCOME = "approvalOutcome";

	/** ISO-8601 duration of the reopen window, read by {@code Event_ReopenWindowEnds}. */
	public static final String VAR_REOPEN_WINDOW = "reopenWindow";

	/** Only {@link Outcome#ACCEPT}, {@link Outcome#REJECT} and {@link Outcome#ASK} reach the review gateway. */
	public static final ProcessVariable<Outcome> REVIEW_OUTCOME = ProcessVariable.ofEnum(VAR_REVIEW_OUTCOME, Outcome.class);

	public static final ProcessVariable<Boolean> COST_CHANGES = ProcessVariable.ofBoolean(VAR_COST_CHANGES);

	public static final ProcessVariable<String> REOPEN_WINDOW = ProcessVariable.ofString(VAR_REOPEN_WINDOW);

	/** The priority of an urgent ticket's SRE tasks ({@link TicketTaskValues}): they come first in a task list. */
	public static final int PRIORITY_URGENT = 80;

	public static final int PRIORITY_NORMAL = 50;

	private TicketLifecycle() {
	}

}

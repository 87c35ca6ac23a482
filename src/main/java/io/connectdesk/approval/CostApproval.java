package io.connectdesk.approval;

import io.connectdesk.workflow.ProcessVariable;

/** Ids and variables of {@code processes/cost-approval.bpmn} that the code needs. */
final class CostApproval {

	static final String PROCESS_KEY = "CostApproval";

	static final String DECISION_POLICY = "Decision_ApprovalPolicy";

	static final String TASK_AWAIT_DECISION = "Task_AwaitDecision";

	static final String EVENT_REMINDER_DUE = "Event_ReminderDue";

	static final String EVENT_APPROVAL_DEADLINE = "Event_ApprovalDeadline";

	/** The name of {@code Message_ApprovalDecided}: one decision that counts. */
	static final String MESSAGE_DECIDED = "CostApprovalDecided";

	/** The ticket's id (REQ-1042), given by the calling TicketLifecycle: decisions are correlated on it. */
	static final String VAR_TICKET_ID = "ticketId";

	/** The policy's inputs: the MRU delta per month (Double) and the contract's plan (String). */
	static final String VAR_MRU_DELTA = "mruDelta";

	static final String VAR_PLAN = "plan";

	/** The ISO-8601 repeating interval of {@code Event_ReminderDue}, e.g. {@code R/P1D}. */
	static final String VAR_REMINDER_CYCLE = "reminderCycle";

	/** The ISO-8601 duration of {@code Event_ApprovalDeadline}, e.g. {@code P14D}. */
	static final String VAR_APPROVAL_EXPIRY = "approvalExpiry";

	/** The policy table's single result (a map of its outputs), read and removed by {@code Task_RequestApproval}. */
	static final String VAR_POLICY = "approvalPolicy";

	static final String OUTPUT_REQUIRED_APPROVALS = "requiredApprovals";

	static final String OUTPUT_POLICY_RULE = "policyRule";

	/** {@code APPROVED}, {@code REJECTED} or {@code EXPIRED}; the lifecycle reads it after the call. */
	static final String VAR_OUTCOME = "approvalOutcome";

	/** How many more distinct approvals are needed (Integer), sent with each decision. */
	static final String VAR_APPROVALS_MISSING = "approvalsMissing";

	/** The ticket the instance approves the cost of. */
	static final ProcessVariable<String> TICKET_ID = ProcessVariable.ofString(VAR_TICKET_ID);

	/** {@code null} when the ticket is not costed: the policy table treats it as no change. */
	static final ProcessVariable<Double> MRU_DELTA = ProcessVariable.of(VAR_MRU_DELTA, Double.class);

	static final ProcessVariable<String> PLAN = ProcessVariable.ofString(VAR_PLAN);

	static final ProcessVariable<String> REMINDER_CYCLE = ProcessVariable.ofString(VAR_REMINDER_CYCLE);

	static final ProcessVariable<String> APPROVAL_EXPIRY = ProcessVariable.ofString(VAR_APPROVAL_EXPIRY);

	/** The policy table's single result: its outputs by name (the engine's {@code singleResult} map). */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final ProcessVariable<java.util.Map<String, Object>> POLICY = (ProcessVariable) ProcessVariable.of(VAR_POLICY,
			java.util.Map.class);

	/** {@link ApprovalStatus#APPROVED}, {@link ApprovalStatus#REJECTED} or {@link ApprovalStatus#EXPIRED}. */
	static final ProcessVariable<ApprovalStatus> OUTCOME = ProcessVariable.ofEnum(VAR_OUTCOME, ApprovalStatus.class);

	static final ProcessVariable<Integer> APPROVALS_MISSING = ProcessVariable.ofInteger(VAR_APPROVALS_MISSING);

	private CostApproval() {
	}

}

package io.connectdesk.oncall;

import io.connectdesk.workflow.ProcessVariable;

/** Ids in {@code processes/escalation-ladder.bpmn} that the code needs, and its variables. */
public final class EscalationLadder {

	public static final String PROCESS_KEY = "EscalationLadder";

	public static final String TASK_NOTIFY_PRIMARY = "Task_NotifyPrimary";

	public static final String TASK_NOTIFY_SECONDARY = "Task_NotifySecondary";

	public static final String TASK_NOTIFY_EXPERTS = "Task_NotifyExperts";

	/** The experts' task (candidate group {@link #EXPERT_GROUP}). */
	public static final String TASK_HANDLE_ESCALATION = "Task_HandleEscalation";

	public static final String EVENT_PRIMARY_WAIT_OVER = "Event_PrimaryWaitOver";

	public static final String EVENT_SECONDARY_WAIT_OVER = "Event_SecondaryWaitOver";

	public static final String EVENT_TICKET_CLAIMED = "Event_TicketClaimed";

	public static final String EVENT_ESCALATED_BY_HAND = "Event_EscalatedByHand";

	public static final String EVENT_LADDER_STOPPED = "Event_LadderStopped";

	public static final String EVENT_ESCALATION_TAKEN = "Event_EscalationTaken";

	/** The name of {@code Message_TicketClaimed}: a claim of the ticket's task stops the ladder. */
	public static final String MESSAGE_TICKET_CLAIMED = "EscalationTicketClaimed";

	/** The name of {@code Message_EscalationRequested}: an escalation by hand while the ladder runs. */
	public static final String MESSAGE_ESCALATION_REQUESTED = "EscalationRequested";

	public static final String EXPERT_GROUP = "EXPERT";

	/** Why the ticket entered the ladder (urgent, a service-level warning, by hand). */
	public static final String VAR_REASON = "reason";

	/** Whether an engineer escalated by hand: straight to the experts, read by {@code Gateway_EntryKind}. */
	public static final String VAR_BY_HAND = "byHand";

	/** The note of an escalation by hand, for the experts' queue. */
	public static final String VAR_NOTE = "note";

	/** ISO-8601 durations read by the two timers. */
	public static final String VAR_PRIMARY_WAIT = "primaryWait";

	public static final String VAR_SECONDARY_WAIT = "secondaryWait";

	public static final ProcessVariable<String> REASON = ProcessVariable.ofString(VAR_REASON);

	public static final ProcessVariable<Boolean> BY_HAND = ProcessVariable.ofBoolean(VAR_BY_HAND);

	public static final ProcessVariable<String> NOTE = ProcessVariable.ofString(VAR_NOTE);

	public static final ProcessVariable<String> PRIMARY_WAIT = ProcessVariable.ofString(VAR_PRIMARY_WAIT);

	public static final ProcessVariable<String> SECONDARY_WAIT = ProcessVariable.ofString(VAR_SECONDARY_WAIT);

	public static final String REASON_URGENT = "urgent";

	public static final String REASON_BY_HAND = "by hand";

	public static final String REASON_SERVICE_LEVEL = "service-level warning";

	private EscalationLadder() {
	}

}

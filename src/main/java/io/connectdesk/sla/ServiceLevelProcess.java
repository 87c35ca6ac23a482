package io.connectdesk.sla;

/** Ids in {@code processes/service-level.bpmn} and {@code processes/service-levels.dmn} that the code needs. */
final class ServiceLevelProcess {

	static final String PROCESS_KEY = "ServiceLevel";

	static final String DECISION_KEY = "Decision_ServiceLevels";

	static final String SUBPROCESS_CLOCKS = "SubProcess_Clocks";

	static final String EVENT_RESPONSE_WARNING_DUE = "Event_ResponseWarningDue";

	static final String EVENT_RESPONSE_BREACH_DUE = "Event_ResponseBreachDue";

	static final String EVENT_RESOLUTION_WARNING_DUE = "Event_ResolutionWarningDue";

	static final String EVENT_RESOLUTION_BREACH_DUE = "Event_ResolutionBreachDue";

	static final String EVENT_CLOCK_RESUMED = "Event_ClockResumed";

	static final String EVENT_SERVICE_LEVEL_ENDED = "Event_ServiceLevelEnded";

	/** The names of the messages the ticket's changes send. */
	static final String MESSAGE_PAUSED = "ServiceLevelPaused";

	static final String MESSAGE_RESUMED = "ServiceLevelResumed";

	static final String MESSAGE_RESPONDED = "ServiceLevelResponded";

	static final String MESSAGE_CLOSED = "ServiceLevelClosed";

	/** Timer dates ({@code java.util.Date}), recomputed on every resume. */
	static final String VAR_RESPONSE_WARN_AT = "responseWarnAt";

	static final String VAR_RESPONSE_DUE_AT = "responseDueAt";

	static final String VAR_RESOLUTION_WARN_AT = "resolutionWarnAt";

	static final String VAR_RESOLUTION_DUE_AT = "resolutionDueAt";

	/** Flags the gateways read: a settled target starts no timer, a fired warning does not fire again. */
	static final String VAR_RESPONDED = "responded";

	static final String VAR_RESPONSE_WARNED = "responseWarned";

	static final String VAR_RESPONSE_BREACHED = "responseBreached";

	static final String VAR_RESOLUTION_WARNED = "resolutionWarned";

	static final String VAR_RESOLUTION_BREACHED = "resolutionBreached";

	/** Decision inputs and outputs. */
	static final String IN_PLAN = "plan";

	static final String IN_URGENT = "urgent";

	static final String IN_TICKET_TYPE = "ticketType";

	static final String OUT_FIRST_RESPONSE = "firstResponseTarget";

	static final String OUT_RESOLUTION = "resolutionTarget";

	static final String OUT_CALENDAR = "calendar";

	private ServiceLevelProcess() {
	}

}

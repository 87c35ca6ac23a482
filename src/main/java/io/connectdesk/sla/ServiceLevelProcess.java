package io.connectdesk.sla;

/** Ids in {@code processes/service-levels.dmn} that the code needs. */
final class ServiceLevelProcess {

	/** The key of the process each ticket had before alarms replaced it (cancelled where one still runs). */
	static final String RETIRED_PROCESS_KEY = "ServiceLevel";

	static final String DECISION_KEY = "Decision_ServiceLevels";

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

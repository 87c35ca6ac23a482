package io.connectdesk.incident;

import io.connectdesk.workflow.ProcessVariable;

/** Ids in {@code processes/incident.bpmn} that the code needs, and its typed variables. */
public final class IncidentProcess {

	public static final String PROCESS_KEY = "Incident";

	public static final String TASK_PAGE_PRIMARY = "Task_PagePrimary";

	public static final String TASK_PAGE_SECONDARY = "Task_PageSecondary";

	public static final String TASK_PAGE_EXPERTS = "Task_PageExperts";

	public static final String TASK_WRITE_POSTMORTEM = "Task_WritePostmortem";

	public static final String EVENT_PRIMARY_WAIT_OVER = "Event_PrimaryWaitOver";

	public static final String EVENT_SECONDARY_WAIT_OVER = "Event_SecondaryWaitOver";

	public static final String EVENT_ACKNOWLEDGED_AFTER_LADDER = "Event_AcknowledgedAfterLadder";

	public static final String GATEWAY_MITIGATED_OR_RESOLVED = "Gateway_MitigatedOrResolved";

	public static final String EVENT_RESOLVED_AFTER_MITIGATION = "Event_ResolvedAfterMitigation";

	public static final String EVENT_POSTMORTEM_WRITTEN = "Event_PostmortemWritten";

	public static final String EVENT_INCIDENT_CLOSED = "Event_IncidentClosed";

	public static final String MESSAGE_ACKNOWLEDGED = "IncidentAcknowledged";

	public static final String MESSAGE_MITIGATED = "IncidentMitigated";

	public static final String MESSAGE_RESOLVED = "IncidentResolved";

	/** ISO-8601 durations read by the two timers. */
	public static final ProcessVariable<String> PRIMARY_WAIT = ProcessVariable.ofString("primaryWait");

	public static final ProcessVariable<String> SECONDARY_WAIT = ProcessVariable.ofString("secondaryWait");

	/** Set when the incident is resolved: SEV1 and SEV2 get a postmortem ({@code Gateway_Postmortem}). */
	public static final ProcessVariable<Boolean> NEEDS_POSTMORTEM = ProcessVariable.ofBoolean("needsPostmortem");

	/** The postmortem task's due date-time (ISO-8601), set with {@link #NEEDS_POSTMORTEM}. */
	public static final ProcessVariable<String> POSTMORTEM_DUE = ProcessVariable.ofString("postmortemDue");

	private static final String KEY_PREFIX = "INC-";

	private IncidentProcess() {
	}

	/** The business key (and the reference people read): {@code INC-42}. */
	public static String keyOf(Long incidentId) {
		return KEY_PREFIX + incidentId;
	}

	/** The incident's id from its business key. */
	public static Long idOf(String key) {
		if (key == null || !key.startsWith(KEY_PREFIX)) {
			throw new IllegalArgumentException("Not an incident's key: " + key);
		}
		return Long.valueOf(key.substring(KEY_PREFIX.length()));
	}

}

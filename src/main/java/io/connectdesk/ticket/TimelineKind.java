package io.connectdesk.ticket;

/** What happened to a ticket, as its timeline says. */
public enum TimelineKind {

	FILED, ACCEPTED, REJECTED, QUESTION_ASKED, ANSWERED, REPLIED, NOTE_ADDED, CLAIMED, UNCLAIMED, RESOLVED, REOPENED,
	CLOSED,
	/** Filed urgent, handled as normal: the urgent quota of the period was spent. */
	URGENT_REFUSED,
	/** An SRE made an urgent ticket normal; its urgent slot went back to the quota. */
	DOWNGRADED,
	/** A service-level target is near its due time (sla module); staff only. */
	SERVICE_LEVEL_WARNING,
	/** A service-level target's due time passed before it was met (sla module). */
	SERVICE_LEVEL_BREACHED,
	/** Cost approval (approval module). */
	COSTED, APPROVAL_REQUESTED, APPROVAL_REMINDED, APPROVAL_GIVEN, COST_APPROVED, COST_REJECTED, APPROVAL_EXPIRED,
	/** The on-call engineer was called about the ticket (oncall module). */
	ONCALL_NOTIFIED,
	/** The ticket went to the experts, by the escalation ladder or by hand (oncall module). */
	ESCALATED,
	/** An expert took the escalation (oncall module). */
	ESCALATION_TAKEN,
	/** Provisioning (provisioning module). */
	PROVISIONED, DEPROVISIONED, PROVISIONING_FAILED, PROVISIONING_RETRIED, PROVISIONING_CANCELLED,
	/** Incidents (incident module): someone was paged (staff only); a public update of the incident. */
	INCIDENT_PAGED, INCIDENT_UPDATED;

	/**
	 * Whether only staff may see that it happened: customers do not learn that internal notes exist,
	 * nor whom the service called about their ticket.
	 */
	public boolean isInternal() {
		return this == NOTE_ADDED || this == SERVICE_LEVEL_WARNING || this == ONCALL_NOTIFIED || this == ESCALATED
				|| this == ESCALATION_TAKEN || this == INCIDENT_PAGED;
	}

}

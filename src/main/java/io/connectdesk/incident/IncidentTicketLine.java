package io.connectdesk.incident;

import io.connectdesk.ticket.LineKind;

/** The lines the incident module writes on its linked ticket's timeline (messages {@code timeline.<name>} in its bundle). */
enum IncidentTicketLine implements LineKind {

	/** An engineer was paged about the incident: staff only, like the on-call calls. */
	INCIDENT_PAGED,
	/** A public update of the incident, which the customer reads and receives by mail. */
	INCIDENT_UPDATED;

	@Override
	public boolean isInternal() {
		return this == INCIDENT_PAGED;
	}

}

package io.connectdesk.incident;

import io.connectdesk.common.ConflictException;

/** An incident move its status does not allow (acknowledging twice, reopening a resolved one...). */
public class IllegalIncidentMoveException extends ConflictException {

	public static final String CODE = "incident-illegal-move";

	IllegalIncidentMoveException(Long incidentId, IncidentStatus from, IncidentStatus to) {
		super(CODE, "Incident " + incidentId + " is " + from + " and cannot become " + to);
	}

}

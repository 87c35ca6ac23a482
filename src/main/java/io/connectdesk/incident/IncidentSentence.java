package io.connectdesk.incident;

import io.connectdesk.ticket.LineArgument;
import io.connectdesk.ticket.LineDetail;
import io.connectdesk.ticket.LineMessage;

/** What the incident module's ticket timeline details say ({@link LineMessage}; messages in incident's bundle). */
enum IncidentSentence implements LineMessage {

	/** The ticket was accepted by acknowledging its incident: the incident's reference. */
	ACKNOWLEDGED_AS,
	/** The ticket was resolved by resolving its incident: the incident's reference. */
	RESOLVED_WITH,
	/** An update: the incident's new status. */
	INCIDENT_NOW,
	/** An update: the incident's new status and the public text. */
	INCIDENT_NOW_SAYING;

	/** The update's detail: its status move, its public text, or both. */
	static LineDetail update(IncidentStatus to, String text) {
		if (to == null) {
			return LineDetail.plain(text);
		}
		LineArgument status = LineArgument.message("incident.status." + to.name(),
				to.name());
		return text == null ? LineDetail.of(INCIDENT_NOW, status)
				: LineDetail.of(INCIDENT_NOW_SAYING, status, LineArgument.text(text));
	}

}

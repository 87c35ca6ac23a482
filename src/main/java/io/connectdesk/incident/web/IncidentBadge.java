package io.connectdesk.incident.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.connectdesk.common.Caller;
import io.connectdesk.incident.IncidentDesk;
import io.connectdesk.web.PageController;

/**
 * The header's badge on the incidents link: how many incidents nobody has acknowledged. Only staff pay
 * for the count (one indexed count per page); everyone else gets none.
 */
@ControllerAdvice(annotations = PageController.class)
class IncidentBadge {

	static final String ATTRIBUTE = "incidentsUnacknowledged";

	private final IncidentDesk desk;

	IncidentBadge(IncidentDesk desk) {
		this.desk = desk;
	}

	@ModelAttribute(ATTRIBUTE)
	Long unacknowledged(Caller caller) {
		if (caller == null || !caller.isStaff()) {
			return null;
		}
		long waiting = this.desk.unacknowledged();
		return waiting > 0 ? waiting : null;
	}

}

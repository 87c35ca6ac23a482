package io.connectdesk.incident;

import java.util.Locale;

import org.springframework.stereotype.Component;

import io.connectdesk.identity.Memberships;
import io.connectdesk.notification.Notices;

/**
 * Mails an incident's public update to the customer's active people, each in their language:
 * {@code incident.update.<status>.*} for a status change, {@code incident.update.note.*} for an update
 * alone. The mail points to the customer's status page.
 */
@Component
class PublicUpdates {

	static final String STATUS_PAGE = "/status";

	private final Memberships memberships;

	private final Notices notices;

	PublicUpdates(Memberships memberships, Notices notices) {
		this.memberships = memberships;
		this.notices = notices;
	}

	void send(Incident incident, IncidentStatus movedTo, String text) {
		String key = "incident.update." + (movedTo == null ? "note" : movedTo.name().toLowerCase(Locale.ROOT));
		Object[] arguments = { IncidentProcess.keyOf(incident.getId()), incident.getTitle(), incident.getComponent(),
				incident.getEnvironment(), text == null ? "" : text };
		this.memberships.membersOf(incident.getCustomerId())
			.stream()
			.filter(Memberships.Member::active)
			.forEach(member -> this.notices.send(IncidentProcess.keyOf(incident.getId()), IncidentTicketLine.INCIDENT_UPDATED,
					member.email(), key, arguments, STATUS_PAGE));
	}

}

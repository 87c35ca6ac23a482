package io.connectdesk.incident;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.common.ConflictException;
import io.connectdesk.common.SignedInCaller;
import io.connectdesk.ticket.TicketResolved;
import io.connectdesk.ticket.TicketType;

/**
 * An SRE who resolves an {@code INCIDENT} ticket from its page resolves its incident too, in the same
 * transaction, as if they had moved the incident to Resolved: the process ends (postmortem for
 * SEV1/2), the alerts close, the customer's people get the resolution mail. An incident nobody has
 * acknowledged refuses, and so the ticket's resolution fails: acknowledging stops the paging and
 * records who took it and when (the first response), which a resolution must not skip silently.
 * The other way round, {@link IncidentWork} resolves the ticket when the incident is resolved.
 */
@Component
class IncidentTicketResolution {

	static final String NOT_ACKNOWLEDGED = "incident-not-acknowledged";

	private final IncidentRepository incidents;

	private final IncidentWork work;

	private final SignedInCaller caller;

	IncidentTicketResolution(IncidentRepository incidents, IncidentWork work, SignedInCaller caller) {
		this.incidents = incidents;
		this.work = work;
		this.caller = caller;
	}

	@EventListener
	void resolved(TicketResolved ticket) {
		if (ticket.type() != TicketType.INCIDENT) {
			return;
		}
		this.incidents.findByTicketId(ticket.ticketId())
			.filter(incident -> incident.getStatus().isOpen())
			.ifPresent(this::resolve);
	}

	private void resolve(Incident incident) {
		if (incident.getStatus() == IncidentStatus.TRIGGERED) {
			throw new ConflictException(NOT_ACKNOWLEDGED, "Acknowledge incident " + IncidentProcess.keyOf(incident.getId())
					+ " before resolving its ticket: nobody has taken it yet and its paging goes on");
		}
		this.caller.current()
			.filter(resolver -> resolver.isStaff())
			.ifPresent(resolver -> this.work.update(resolver, incident.getId(), IncidentStatus.RESOLVED, null));
	}

}

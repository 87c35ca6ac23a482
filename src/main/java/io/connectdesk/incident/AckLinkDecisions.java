package io.connectdesk.incident;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ConflictException;
import io.connectdesk.common.NotFoundException;

/**
 * Acknowledging through a page's signed link. Opening the link changes nothing; the acknowledgement
 * is a POST of its confirmation page. A link works for the signed-in engineer it was sent to,
 * untampered and unexpired, while the incident waits for an acknowledgement: then it is used up.
 */
@Service
public class AckLinkDecisions {

	private final AckLinks links;

	private final IncidentRepository incidents;

	private final Incidents views;

	private final IncidentWork work;

	AckLinkDecisions(AckLinks links, IncidentRepository incidents, Incidents views, IncidentWork work) {
		this.links = links;
		this.incidents = incidents;
		this.views = views;
		this.work = work;
	}

	/** What the link's page shows; never changes anything. */
	@Transactional(readOnly = true)
	public AckPage open(String token, Caller caller) {
		return incidentFor(token, caller)
			.map(incident -> new AckPage(incident.getStatus() == IncidentStatus.TRIGGERED ? LinkState.OPEN : LinkState.USED,
					this.views.view(incident, false, false)))
			.orElseGet(() -> new AckPage(LinkState.INVALID, null));
	}

	@Transactional
	public IncidentView acknowledge(String token, Caller caller) {
		AckPage page = open(token, caller);
		if (page.state() == LinkState.INVALID) {
			throw new NotFoundException("incident-ack-link-invalid", "This acknowledgement link is not valid for you");
		}
		if (page.state() == LinkState.USED) {
			throw new ConflictException("incident-ack-link-used", "The incident is acknowledged already");
		}
		return this.work.acknowledge(caller, page.incident().id());
	}

	private Optional<Incident> incidentFor(String token, Caller caller) {
		return this.links.verify(token)
			.filter(claim -> claim.engineerId().equals(caller.userId()) && caller.isStaff())
			.flatMap(claim -> this.incidents.findById(claim.incidentId()));
	}

	public enum LinkState {
		/** The engineer may acknowledge here. */
		OPEN,
		/** Someone acknowledged the incident already. */
		USED,
		/** Tampered, expired, or sent to someone else. */
		INVALID
	}

	/** @param incident {@code null} when the link is invalid */
	public record AckPage(LinkState state, IncidentView incident) {
	}

}

package io.connectdesk.ticket;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-level module's seam into tickets: it reads a ticket's facts, shows its due times on
 * the ticket (pages, lists, queue order) and records warnings and breaches on its timeline. Acts on
 * behalf of nobody, so unscoped: callers are listeners and process steps, never requests.
 */
@Service
@Transactional
public class TicketDueTimes {

	private final TicketRepository tickets;

	private final TicketAccess access;

	private final Timeline timeline;

	TicketDueTimes(TicketRepository tickets, TicketAccess access, Timeline timeline) {
		this.tickets = tickets;
		this.access = access;
		this.timeline = timeline;
	}

	@Transactional(readOnly = true)
	public Optional<TicketFacts> facts(String ticketId) {
		return TicketKeys.parse(ticketId)
			.flatMap(this.tickets::findById)
			.map(ticket -> new TicketFacts(ticket.key(), ticket.getCustomerId(), ticket.getType(), ticket.isUrgent(),
					ticket.getStatus(), ticket.getCreatedAt()));
	}

	/** @param nextDueAt the due time that comes next while the ticket is open; {@code null} when none runs */
	public void show(String ticketId, Instant responseDueAt, Instant resolutionDueAt, Instant respondedAt, Instant nextDueAt) {
		this.access.requireBySystem(ticketId)
			.showDueTimes(new ServiceLevelTimes(responseDueAt, resolutionDueAt, respondedAt, nextDueAt));
	}

	/** A line on the ticket's timeline by the system, such as a breach. */
	public void recordBySystem(String ticketId, LineKind kind, LineDetail detail) {
		this.timeline.recordBySystem(this.access.requireBySystem(ticketId), kind, detail);
	}

	/**
	 * A warning that a target is near its due time: the line, and the ticket in the queue's "breaching
	 * soon" view.
	 *
	 * @param firstResponse whether the first-response target warns (else the resolution's)
	 */
	public void recordWarning(String ticketId, LineKind kind, boolean firstResponse, LineDetail detail) {
		Ticket ticket = this.access.requireBySystem(ticketId);
		ticket.serviceLevelWarned(firstResponse);
		this.timeline.recordBySystem(ticket, kind, detail);
	}

}

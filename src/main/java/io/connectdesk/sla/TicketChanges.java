package io.connectdesk.sla;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.common.Role;
import io.connectdesk.identity.Memberships;
import io.connectdesk.ticket.TicketChanged;
import io.connectdesk.ticket.TicketDueTimes;
import io.connectdesk.ticket.TicketFacts;
import io.connectdesk.ticket.TimelineKind;

/**
 * Follows every ticket change, inside its transaction: filing starts the clock; the review decision
 * or the staff's first public reply is the first response; a ticket that waits on the customer pauses
 * the clock and resumes it when it no longer does; resolution or rejection stops it.
 */
@Component
class TicketChanges {

	/** The review decisions: each is a first response. */
	private static final Set<TimelineKind> REVIEW_DECISIONS = EnumSet.of(TimelineKind.ACCEPTED, TimelineKind.REJECTED,
			TimelineKind.QUESTION_ASKED);

	private static final Set<ServiceLevelLine> OURS = EnumSet.of(ServiceLevelLine.SERVICE_LEVEL_WARNING,
			ServiceLevelLine.SERVICE_LEVEL_BREACHED);

	private final ServiceLevels serviceLevels;

	private final TicketDueTimes tickets;

	private final Memberships memberships;

	TicketChanges(ServiceLevels serviceLevels, TicketDueTimes tickets, Memberships memberships) {
		this.serviceLevels = serviceLevels;
		this.tickets = tickets;
		this.memberships = memberships;
	}

	@EventListener
	void on(TicketChanged change) {
		if (OURS.contains(change.kind())) {
			return;
		}
		TicketFacts ticket = this.tickets.facts(change.ticketId()).orElse(null);
		if (ticket == null) {
			return;
		}
		if (change.kind() == TimelineKind.FILED) {
			this.serviceLevels.start(ticket);
		}
		if (REVIEW_DECISIONS.contains(change.kind()) || isStaffReply(change)) {
			this.serviceLevels.respond(ticket.id());
		}
		if (change.kind() == TimelineKind.RESOLVED || ticket.status().isEndState()) {
			this.serviceLevels.close(ticket.id());
		}
		else if (ticket.status().waitsOnCustomer()) {
			this.serviceLevels.pause(ticket.id());
		}
		else {
			this.serviceLevels.resume(ticket.id());
		}
	}

	/** A public reply by someone of the service (no customer), not an internal note. */
	private boolean isStaffReply(TicketChanged change) {
		return change.kind() == TimelineKind.REPLIED && change.actorId() != null && this.memberships.member(change.actorId())
			.filter(member -> member.customerId() == null && member.roles().stream().anyMatch(Role::isStaff))
			.isPresent();
	}

}

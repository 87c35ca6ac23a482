package io.connectdesk.ticket;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Announces a resolved ticket with what it changed ({@link TicketResolved}), inside the resolving
 * transaction, so that billing listens to the ticket module rather than the ticket module calling billing.
 */
@Component
class ResolutionAnnouncer {

	private final TicketAccess access;

	private final TicketItems items;

	private final ObjectProvider<UndoneFulfilment> undone;

	private final ApplicationEventPublisher publisher;

	ResolutionAnnouncer(TicketAccess access, TicketItems items, ObjectProvider<UndoneFulfilment> undone,
			ApplicationEventPublisher publisher) {
		this.access = access;
		this.items = items;
		this.undone = undone;
		this.publisher = publisher;
	}

	@EventListener
	void on(TicketChanged changed) {
		if (changed.kind() != TimelineKind.RESOLVED) {
			return;
		}
		Ticket ticket = this.access.requireBySystem(changed.ticketId());
		this.publisher.publishEvent(new TicketResolved(ticket.key(), ticket.getCustomerId(), ticket.getType(),
				ticket.getReopenWindow().getResolvedAt(), lines(ticket), provisioningCancelled(ticket)));
	}

	private boolean provisioningCancelled(Ticket ticket) {
		return this.undone.orderedStream().anyMatch(fulfilment -> fulfilment.undone(ticket.key()));
	}

	/** The ticket's items; a ticket filed before items existed: every component it names in every environment it names. */
	private List<TicketItemView> lines(Ticket ticket) {
		List<TicketItemView> named = this.items.of(ticket);
		if (!named.isEmpty()) {
			return named;
		}
		return ticket.getScope().getComponents()
			.stream()
			.flatMap(component -> ticket.getScope().getEnvironments()
				.stream()
				.map(environment -> new TicketItemView(component, environment, null, Map.of())))
			.toList();
	}

}

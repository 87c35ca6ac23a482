package io.connectdesk.ticket;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.billing.Ledger;
import io.connectdesk.billing.ResolvedRequest;

/**
 * Hands a resolved ticket that activates, adds an environment or deactivates components to the
 * billing module's {@link Ledger}, inside the resolving transaction. It lives here, not in billing,
 * because the ticket module already uses billing (inventory checks and cost previews at filing):
 * billing listening to tickets would make the two modules a cycle.
 */
@Component
class ResolutionLedger {

	private final TicketAccess access;

	private final Ledger ledger;

	ResolutionLedger(TicketAccess access, Ledger ledger) {
		this.access = access;
		this.ledger = ledger;
	}

	@EventListener
	void on(TicketChanged changed) {
		if (changed.kind() != TimelineKind.RESOLVED) {
			return;
		}
		Ticket ticket = this.access.requireBySystem(changed.ticketId());
		changeOf(ticket.getType()).ifPresent(change -> this.ledger.record(new ResolvedRequest(ticket.key(),
				ticket.getCustomerId(), change, ticket.getResolvedAt(), lines(ticket))));
	}

	private static Optional<ResolvedRequest.Change> changeOf(TicketType type) {
		return switch (type) {
			case COMPONENT_ACTIVATION, ADDITIONAL_ENVIRONMENT -> Optional.of(ResolvedRequest.Change.ADD);
			case COMPONENT_DEACTIVATION -> Optional.of(ResolvedRequest.Change.REMOVE);
			default -> Optional.empty();
		};
	}

	/** Every component in every environment the ticket names, without parameters. */
	private static List<ResolvedRequest.Line> lines(Ticket ticket) {
		return ticket.getComponents()
			.stream()
			.flatMap(component -> ticket.getEnvironments()
				.stream()
				.map(environment -> new ResolvedRequest.Line(component, environment, null, Map.of())))
			.toList();
	}

}

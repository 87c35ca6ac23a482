package io.connectdesk.ticket;

import java.util.EnumSet;
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
 * <p>
 * A ticket whose last provisioning was cancelled (its done items undone) changes nothing when it is resolved:
 * its components were never left in place. A later provisioning (after a reopen) that completes counts again.
 */
@Component
class ResolutionLedger {

	private final TicketAccess access;

	private final Ledger ledger;

	private final TicketItems items;

	private final TicketEventRepository events;

	ResolutionLedger(TicketAccess access, Ledger ledger, TicketItems items, TicketEventRepository events) {
		this.access = access;
		this.ledger = ledger;
		this.items = items;
		this.events = events;
	}

	@EventListener
	void on(TicketChanged changed) {
		if (changed.kind() != TimelineKind.RESOLVED) {
			return;
		}
		Ticket ticket = this.access.requireBySystem(changed.ticketId());
		if (provisioningCancelled(ticket)) {
			return;
		}
		changeOf(ticket.getType()).ifPresent(change -> this.ledger.record(new ResolvedRequest(ticket.key(),
				ticket.getCustomerId(), change, ticket.getResolvedAt(), lines(ticket))));
	}

	private boolean provisioningCancelled(Ticket ticket) {
		return this.events
			.findFirstByTicketIdAndKindInOrderByCreatedAtDescIdDesc(ticket.getId(),
					EnumSet.of(TimelineKind.PROVISIONED, TimelineKind.DEPROVISIONED, TimelineKind.PROVISIONING_CANCELLED))
			.filter(last -> last.getKind() == TimelineKind.PROVISIONING_CANCELLED)
			.isPresent();
	}

	private static Optional<ResolvedRequest.Change> changeOf(TicketType type) {
		return switch (type) {
			case COMPONENT_ACTIVATION, ADDITIONAL_ENVIRONMENT, SERVICE_ACTIVATION -> Optional.of(ResolvedRequest.Change.ADD);
			case COMPONENT_DEACTIVATION -> Optional.of(ResolvedRequest.Change.REMOVE);
			default -> Optional.empty();
		};
	}

	/**
	 * The ticket's items (component x environment, with kind and parameters); a ticket filed before
	 * items existed: every component it names in every environment it names, without parameters.
	 */
	private List<ResolvedRequest.Line> lines(Ticket ticket) {
		List<TicketItemView> named = this.items.of(ticket);
		if (!named.isEmpty()) {
			return named.stream()
				.map(item -> new ResolvedRequest.Line(item.componentKey(), item.environmentKey(), item.environmentKind(),
						item.parameters()))
				.toList();
		}
		return ticket.getComponents()
			.stream()
			.flatMap(component -> ticket.getEnvironments()
				.stream()
				.map(environment -> new ResolvedRequest.Line(component, environment, null, Map.of())))
			.toList();
	}

}

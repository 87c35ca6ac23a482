package io.connectdesk.billing;

import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.ticket.TicketResolved;
import io.connectdesk.ticket.TicketType;

/**
 * Hands a resolved ticket that activates, adds an environment or deactivates components to the
 * {@link Ledger}. A plain {@code @EventListener}, on purpose: it runs in the resolving transaction,
 * so the resolution and its inventory change commit or roll back together. An after-commit listener
 * ({@code @ApplicationModuleListener}) would let a resolution commit whose inventory change then failed
 * and was lost (no event publication registry here); this way a failure fails the SRE's resolve,
 * which changes nothing and can be retried.
 */
@Component
class ResolvedTickets {

	private final Ledger ledger;

	ResolvedTickets(Ledger ledger) {
		this.ledger = ledger;
	}

	@EventListener
	void on(TicketResolved resolved) {
		if (resolved.provisioningUndone()) {
			return;
		}
		changeOf(resolved.type()).ifPresent(change -> this.ledger.record(new ResolvedRequest(resolved.ticketId(),
				resolved.customerId(), change, resolved.resolvedAt(),
				resolved.items()
					.stream()
					.map(item -> new ResolvedRequest.Line(item.componentKey(), item.environmentKey(),
							item.environmentKind(), item.parameters()))
					.toList())));
	}

	private static Optional<ResolvedRequest.Change> changeOf(TicketType type) {
		return switch (type) {
			case COMPONENT_ACTIVATION, ADDITIONAL_ENVIRONMENT, SERVICE_ACTIVATION -> Optional.of(ResolvedRequest.Change.ADD);
			case COMPONENT_DEACTIVATION -> Optional.of(ResolvedRequest.Change.REMOVE);
			default -> Optional.empty();
		};
	}

}

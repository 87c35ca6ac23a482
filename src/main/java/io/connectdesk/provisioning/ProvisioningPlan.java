package io.connectdesk.provisioning;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.ticket.FulfilmentScope;
import io.connectdesk.ticket.TicketItemView;
import io.connectdesk.ticket.TicketQueries;

/**
 * Turns a ticket into provisioning items: one per ticket item (component in an environment, with its
 * parameters), or for a ticket without items one per component x environment, with the operation its type
 * calls for. Planning again (a reopened ticket) keeps the items already there and works only the unfinished.
 */
@Service
@Transactional
class ProvisioningPlan {

	private static final Set<ItemStatus> TO_WORK = Set.of(ItemStatus.PENDING, ItemStatus.FAILED);

	private final ProvisioningItemRepository items;

	private final TicketQueries tickets;

	private final AdapterKinds kinds;

	private final ProvisioningSettings settings;

	private final Clock clock;

	ProvisioningPlan(ProvisioningItemRepository items, TicketQueries tickets, AdapterKinds kinds,
			ProvisioningSettings settings, Clock clock) {
		this.items = items;
		this.tickets = tickets;
		this.kinds = kinds;
		this.settings = settings;
		this.clock = clock;
	}

	/** Creates the ticket's missing items; empty when there is nothing to provision. */
	Optional<Operation> plan(String ticketId) {
		FulfilmentScope ticket = this.tickets.fulfilmentScope(ticketId);
		Optional<Operation> operation = Operation.forTicketType(ticket.type().name());
		if (!this.settings.enabled() || operation.isEmpty()) {
			return Optional.empty();
		}
		List<ProvisioningItem> existing = this.items.findByTicketIdAndOperationOrderByIdAsc(ticketId, operation.get());
		for (Pair pair : pairs(ticket)) {
			if (existing.stream()
				.noneMatch(item -> item.getComponentKey().equals(pair.component())
						&& item.getEnvironmentKey().equals(pair.environment()))) {
				this.items.save(new ProvisioningItem(ticketId, ticket.customerId(), pair.component(), pair.environment(),
						this.kinds.kindOf(pair.component()), operation.get(), this.clock.instant()));
			}
		}
		return workable(ticketId, operation.get()).isEmpty() ? Optional.empty() : operation;
	}

	/**
	 * The component x environment pairs to provision: the ticket's catalog items, one each; only a ticket
	 * without items (a free-text change) pairs every component with every environment.
	 */
	private List<Pair> pairs(FulfilmentScope ticket) {
		List<TicketItemView> ticketItems = this.tickets.items(ticket.ticketId());
		if (!ticketItems.isEmpty()) {
			return ticketItems.stream().map(item -> new Pair(item.componentKey(), item.environmentKey())).toList();
		}
		return ticket.components()
			.stream()
			.flatMap(component -> ticket.environments().stream().map(environment -> new Pair(component, environment)))
			.toList();
	}

	private record Pair(String component, String environment) {
	}

	/** The ids of the items still to do. */
	List<Long> workable(String ticketId, Operation operation) {
		return this.items.findByTicketIdAndOperationOrderByIdAsc(ticketId, operation)
			.stream()
			.filter(item -> TO_WORK.contains(item.getStatus()))
			.map(ProvisioningItem::getId)
			.toList();
	}

}

package io.connectdesk.ticket;

import java.time.Instant;
import java.util.List;

/**
 * Published, inside the resolving transaction, when a ticket is resolved: what it changed, for the
 * modules that account for it (billing's inventory). A listener that fails fails the resolution.
 *
 * @param resolvedAt when it was resolved
 * @param items what it asked for, one per component per environment; a ticket filed before items
 * existed: every component it names in every environment it names, without kind or parameters
 * @param provisioningUndone whether its last provisioning was cancelled (its done items undone): its
 * components were never left in place. A later provisioning (after a reopen) that completes counts again.
 */
public record TicketResolved(String ticketId, Long customerId, TicketType type, Instant resolvedAt,
		List<TicketItemView> items, boolean provisioningUndone) {

	public TicketResolved {
		items = List.copyOf(items);
	}

}

package io.connectdesk.provisioning;

import java.util.EnumSet;

import org.springframework.stereotype.Component;

import io.connectdesk.ticket.TicketEntries;
import io.connectdesk.ticket.UndoneFulfilment;

/**
 * Tells the ticket module whether a resolved ticket's last provisioning was cancelled (its done items
 * undone): then its components were never left in place. A later provisioning (after a reopen) that
 * completes counts again.
 */
@Component
class CancelledProvisioning implements UndoneFulfilment {

	private final TicketEntries tickets;

	CancelledProvisioning(TicketEntries tickets) {
		this.tickets = tickets;
	}

	@Override
	public boolean undone(String ticketId) {
		return this.tickets
			.latestOf(ticketId, EnumSet.of(ProvisioningLine.PROVISIONED, ProvisioningLine.DEPROVISIONED,
					ProvisioningLine.PROVISIONING_CANCELLED))
			.filter(last -> last == ProvisioningLine.PROVISIONING_CANCELLED)
			.isPresent();
	}

}

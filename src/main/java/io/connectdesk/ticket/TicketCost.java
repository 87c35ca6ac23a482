package io.connectdesk.ticket;

import java.math.BigDecimal;

/**
 * What a ticket changes in the customer's recurring cost, and whom it concerns.
 *
 * @param mruDelta the change to the customer's monthly MRU; {@code null} while not costed
 * @param monthlyMruAfter the customer's monthly MRU once fulfilled; {@code null} while not costed
 */
public record TicketCost(String ticketId, Long customerId, Long requesterId, String title, TicketStatus status,
		BigDecimal mruDelta, BigDecimal monthlyMruAfter) {

	public boolean changesCost() {
		return MruChange.changes(this.mruDelta);
	}

}

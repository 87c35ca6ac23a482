package io.connectdesk.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.connectdesk.customer.EnvironmentKind;

/**
 * One change of the customer's inventory: a component that counts from {@code day} on (ADDED) or no
 * more from {@code day} on (REMOVED).
 * @param mruDelta the change of the monthly MRU, at the price in force that day (negative for a removal)
 * @param ticketId the ticket whose resolution made the change
 */
public record LedgerEntry(LocalDate day, Change change, String componentKey, String environmentKey,
		EnvironmentKind environmentKind, String ticketId, BigDecimal mruDelta) {

	public enum Change {
		ADDED, REMOVED
	}

}

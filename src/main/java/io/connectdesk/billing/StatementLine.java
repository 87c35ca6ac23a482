package io.connectdesk.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.connectdesk.customer.EnvironmentKind;

/**
 * One inventory item in a month's statement.
 * @param monthlyMru the item's MRU per month as priced on the last day it counted in the month
 * @param days the days of the month it counted (from {@code activeFrom} inclusive to {@code activeUntil} exclusive)
 * @param mru its prorated MRU for the month, rounded HALF_UP to 2 decimals
 * @param usd its USD for the month at the rates in force on each day, rounded HALF_UP to 2 decimals
 */
public record StatementLine(Long itemId, String componentKey, String environmentKey, EnvironmentKind environmentKind,
		String activatedBy, String removedBy, LocalDate activeFrom, LocalDate activeUntil, BigDecimal monthlyMru,
		int days, BigDecimal mru, BigDecimal usd) {
}

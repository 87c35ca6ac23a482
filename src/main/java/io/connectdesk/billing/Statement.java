package io.connectdesk.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A customer's monthly statement: every inventory item that counted on a day of the month, its
 * prorated MRU and USD, and the totals (see {@link StatementRules} for the proration rule).
 * @param totalMru the sum of the items' unrounded MRU, rounded HALF_UP to 2 decimals
 * @param totalUsd the sum of the items' unrounded USD, rounded HALF_UP to 2 decimals
 * @param rates the USD per MRU in force on some day of the month, by the day each took effect
 * @param changes the inventory changes dated in the month, by day
 */
public record Statement(Long customerId, String customer, YearMonth month, int daysInMonth, List<StatementLine> lines,
		BigDecimal totalMru, BigDecimal totalUsd, List<RateInForce> rates, List<LedgerEntry> changes) {

	/** The USD value of one MRU from {@code effectiveFrom} on. */
	public record RateInForce(LocalDate effectiveFrom, BigDecimal usdPerMru) {
	}

}

package io.connectdesk.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.connectdesk.customer.EnvironmentKind;

/**
 * What a requested change does to the customer's monthly cost, priced on {@code day}. MRU figures
 * have two decimals; USD figures are {@code null} when no MRU rate is in force.
 * @param environments the per-environment figures, production first
 * @param lines the priced items of the change (negative for a removal)
 * @param usdPerMru the USD value of one MRU in force on the day; {@code null} without a rate
 * @param rateEffectiveFrom the day that rate took effect
 */
public record CostPreviewView(LocalDate day, List<EnvironmentCost> environments, List<Line> lines,
		BigDecimal currentMonthlyMru, BigDecimal mruDelta, BigDecimal newMonthlyMru, BigDecimal usdPerMru,
		LocalDate rateEffectiveFrom, BigDecimal currentMonthlyUsd, BigDecimal usdDelta, BigDecimal newMonthlyUsd) {

	/** One environment's MRU per month now, the change, and after it. */
	public record EnvironmentCost(String environmentKey, EnvironmentKind environmentKind, BigDecimal currentMru,
			BigDecimal mruDelta, BigDecimal newMru) {
	}

	/** One item of the change and its signed MRU per month. */
	public record Line(String componentKey, String environmentKey, EnvironmentKind environmentKind,
			BigDecimal monthlyMru) {
	}

}

package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.connectdesk.customer.EnvironmentKind;

/**
 * A service activation's bill of components and what it costs per month.
 * @param bill one line per component per environment, in catalog order
 * @param capacity the initial container capacity per environment key
 * @param monthlyMruPerEnvironment the bill's MRU per month per environment key, priced today
 * @param monthlyMru the bill's MRU per month over every environment
 */
public record SizingResult(SizingInput input, List<Line> bill, Map<String, Capacity> capacity,
		Map<String, BigDecimal> monthlyMruPerEnvironment, BigDecimal monthlyMru) {

	/** The bill with equal components of one environment counted together, in bill order. */
	public List<Count> counted() {
		Map<String, Count> counts = new LinkedHashMap<>();
		for (Line line : this.bill) {
			counts.merge(line.environmentKey() + "/" + line.componentKey(),
					new Count(line.componentKey(), line.environmentKey(), 1, line.monthlyMru()),
					(a, b) -> new Count(a.componentKey(), a.environmentKey(), a.count() + 1, a.monthlyMru().add(b.monthlyMru())));
		}
		return new ArrayList<>(counts.values());
	}

	/** How many of a component one environment gets, and their MRU per month together. */
	public record Count(String componentKey, String environmentKey, int count, BigDecimal monthlyMru) {
	}

	/** One component in one environment, with the parameters the sizing knows; SREs complete the rest. */
	public record Line(String componentKey, String environmentKey, EnvironmentKind environmentKind,
			Map<String, Object> parameters, BigDecimal monthlyMru) {
	}

	/**
	 * Container capacity of one environment.
	 * @param perZone instances per zone
	 * @param baseCapacity instances in all zones ({@code perZone * zones})
	 * @param maxElasticity the most instances autoscaling may reach
	 */
	public record Capacity(int zones, int perZone, int baseCapacity, int maxElasticity) {
	}

}

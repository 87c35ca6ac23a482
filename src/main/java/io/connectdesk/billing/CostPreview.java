package io.connectdesk.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.billing.CostPreviewView.EnvironmentCost;
import io.connectdesk.catalog.Catalog;
import io.connectdesk.catalog.MruRate;
import io.connectdesk.customer.EnvironmentKind;

/**
 * Prices a requested change without changing anything: the customer's current monthly MRU is its
 * inventory active today priced with the catalog prices in force today; an activation adds the
 * items' prices, a deactivation subtracts them. USD figures use the MRU rate in force today.
 */
@Service
@Transactional(readOnly = true)
public class CostPreview {

	private final Inventory inventory;

	private final Catalog catalog;

	private final Clock clock;

	CostPreview(Inventory inventory, Catalog catalog, Clock clock) {
		this.inventory = inventory;
		this.catalog = catalog;
		this.clock = clock;
	}

	public CostPreviewView preview(Long customerId, CostChange change) {
		LocalDate today = LocalDate.now(this.clock);
		Prices prices = new Prices(this.catalog, today);
		Map<String, Totals> environments = new LinkedHashMap<>();
		for (InventoryItemView item : this.inventory.activeOn(customerId, today)) {
			Totals totals = totals(environments, item.environmentKey(), item.environmentKind());
			totals.current = totals.current.add(prices.of(item.componentKey(), item.environmentKind()));
		}
		List<CostPreviewView.Line> lines = new ArrayList<>();
		for (CostChange.Item item : change.items()) {
			BigDecimal signed = switch (change.direction()) {
				case ADD -> prices.of(item.componentKey(), item.environmentKind());
				case REMOVE -> prices.of(item.componentKey(), item.environmentKind()).negate();
				case NONE -> BigDecimal.ZERO;
			};
			Totals totals = totals(environments, item.environmentKey(), item.environmentKind());
			totals.delta = totals.delta.add(signed);
			lines.add(new CostPreviewView.Line(item.componentKey(), item.environmentKey(), item.environmentKind(), mru(signed)));
		}
		return view(today, environments, lines, this.catalog.rateOn(today));
	}

	private static CostPreviewView view(LocalDate today, Map<String, Totals> environments, List<CostPreviewView.Line> lines,
			Optional<MruRate> rate) {
		List<EnvironmentCost> costs = environments.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue((a, b) -> a.kind.compareTo(b.kind)))
			.map(entry -> new EnvironmentCost(entry.getKey(), entry.getValue().kind, mru(entry.getValue().current),
					mru(entry.getValue().delta), mru(entry.getValue().current.add(entry.getValue().delta))))
			.toList();
		BigDecimal current = mru(costs.stream().map(EnvironmentCost::currentMru).reduce(BigDecimal.ZERO, BigDecimal::add));
		BigDecimal delta = mru(costs.stream().map(EnvironmentCost::mruDelta).reduce(BigDecimal.ZERO, BigDecimal::add));
		BigDecimal after = mru(current.add(delta));
		BigDecimal usdPerMru = rate.map(MruRate::usdPerMru).orElse(null);
		return new CostPreviewView(today, costs, lines, current, delta, after, usdPerMru,
				rate.map(MruRate::effectiveFrom).orElse(null), usd(current, usdPerMru), usd(delta, usdPerMru),
				usd(after, usdPerMru));
	}

	private static Totals totals(Map<String, Totals> environments, String key, EnvironmentKind kind) {
		return environments.computeIfAbsent(key, any -> new Totals(kind));
	}

	private static BigDecimal mru(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal usd(BigDecimal mru, BigDecimal usdPerMru) {
		return usdPerMru == null ? null : mru.multiply(usdPerMru).setScale(2, RoundingMode.HALF_UP);
	}

	/** One environment's running sums. */
	private static final class Totals {

		private final EnvironmentKind kind;

		private BigDecimal current = BigDecimal.ZERO;

		private BigDecimal delta = BigDecimal.ZERO;

		Totals(EnvironmentKind kind) {
			this.kind = kind;
		}

	}

	/** Catalog prices on one day, each looked up once per preview (a customer has hundreds of items). */
	private static final class Prices {

		private final Catalog catalog;

		private final LocalDate day;

		private final Map<String, BigDecimal> known = new HashMap<>();

		Prices(Catalog catalog, LocalDate day) {
			this.catalog = catalog;
			this.day = day;
		}

		BigDecimal of(String componentKey, EnvironmentKind kind) {
			return this.known.computeIfAbsent(componentKey + "/" + kind, any -> this.catalog.monthlyMru(componentKey, kind, this.day));
		}

	}

}

package io.connectdesk.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.connectdesk.customer.EnvironmentKind;

/**
 * Prices and MRU rates fetched once for a statement, answered from memory: the price of a component
 * in a kind of environment and the USD per MRU in force on a day, and the next day either changes.
 * A day before the first price or rate answers zero (the statement then shows what is known).
 */
final class PriceBook {

	private final Map<String, NavigableMap<LocalDate, BigDecimal>> prices = new HashMap<>();

	private final NavigableMap<LocalDate, BigDecimal> rates = new TreeMap<>();

	PriceBook price(String componentKey, EnvironmentKind kind, LocalDate effectiveFrom, BigDecimal monthlyMru) {
		this.prices.computeIfAbsent(key(componentKey, kind), k -> new TreeMap<>()).put(effectiveFrom, monthlyMru);
		return this;
	}

	PriceBook rate(LocalDate effectiveFrom, BigDecimal usdPerMru) {
		this.rates.put(effectiveFrom, usdPerMru);
		return this;
	}

	BigDecimal monthlyMru(String componentKey, EnvironmentKind kind, LocalDate day) {
		return inForce(this.prices.get(key(componentKey, kind)), day);
	}

	BigDecimal usdPerMru(LocalDate day) {
		return inForce(this.rates, day);
	}

	/** The first day after {@code day} on which the component's price or the rate changes; {@code null} if none. */
	LocalDate nextChange(String componentKey, EnvironmentKind kind, LocalDate day) {
		NavigableMap<LocalDate, BigDecimal> history = this.prices.get(key(componentKey, kind));
		LocalDate price = history == null ? null : history.higherKey(day);
		LocalDate rate = this.rates.higherKey(day);
		if (price == null) {
			return rate;
		}
		return rate == null || price.isBefore(rate) ? price : rate;
	}

	/** The rates in force on some day of [from, until), each with the day it took effect. */
	NavigableMap<LocalDate, BigDecimal> ratesDuring(LocalDate from, LocalDate until) {
		LocalDate first = this.rates.floorKey(from);
		return this.rates.subMap(first == null ? from : first, true, until, false);
	}

	private static BigDecimal inForce(NavigableMap<LocalDate, BigDecimal> history, LocalDate day) {
		Map.Entry<LocalDate, BigDecimal> entry = history == null ? null : history.floorEntry(day);
		return entry == null ? BigDecimal.ZERO : entry.getValue();
	}

	private static String key(String componentKey, EnvironmentKind kind) {
		return componentKey + '\u0000' + kind;
	}

}

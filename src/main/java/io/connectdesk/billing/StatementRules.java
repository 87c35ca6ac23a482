package io.connectdesk.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The proration rule of the monthly statement, as plain arithmetic on prefetched prices and rates.
 * <ul>
 * <li>An item counts on each day from {@code activeFrom} (inclusive) to {@code activeUntil}
 * (exclusive; open while active).</li>
 * <li>Each day it counts costs {@code monthlyMru(price in force that day) / days-in-month} MRU: a full
 * month costs exactly the monthly MRU, whether the month has 28, 29, 30 or 31 days.</li>
 * <li>USD for a day is that day's MRU times the USD per MRU in force that day, so a price or rate
 * change in the middle of the month splits the month at that day.</li>
 * <li>Nothing is rounded until printed: line and total figures are rounded HALF_UP to 2 decimals,
 * each total from the unrounded line values (so rounded lines may differ from the total by a cent).</li>
 * </ul>
 * Days are computed in runs of equal price and rate, not one by one.
 */
final class StatementRules {

	/** Decimal places kept for a part of a month before printing. */
	static final int SCALE = 12;

	/** Decimal places printed. */
	static final int PRINTED = 2;

	private StatementRules() {
	}

	/** The month's lines, in the order of the items; totals are left to {@link #statement}. */
	static Statement statement(Long customerId, String customer, YearMonth month, List<InventoryItemView> items,
			PriceBook book) {
		List<StatementLine> lines = new ArrayList<>();
		BigDecimal mru = BigDecimal.ZERO;
		BigDecimal usd = BigDecimal.ZERO;
		for (InventoryItemView item : items) {
			Cost cost = cost(item, month, book);
			if (cost != null) {
				lines.add(cost.line(item));
				mru = mru.add(cost.mru());
				usd = usd.add(cost.usd());
			}
		}
		LocalDate first = month.atDay(1);
		List<Statement.RateInForce> rates = book.ratesDuring(first, month.plusMonths(1).atDay(1))
			.entrySet()
			.stream()
			.map(rate -> new Statement.RateInForce(rate.getKey(), rate.getValue()))
			.toList();
		List<LedgerEntry> changes = ledger(items, book).stream()
			.filter(entry -> YearMonth.from(entry.day()).equals(month))
			.toList();
		return new Statement(customerId, customer, month, month.lengthOfMonth(), List.copyOf(lines), printed(mru),
				printed(usd), rates, changes);
	}

	/** The month's totals only. */
	static MonthTotal total(YearMonth month, List<InventoryItemView> items, PriceBook book) {
		BigDecimal mru = BigDecimal.ZERO;
		BigDecimal usd = BigDecimal.ZERO;
		for (InventoryItemView item : items) {
			Cost cost = cost(item, month, book);
			if (cost != null) {
				mru = mru.add(cost.mru());
				usd = usd.add(cost.usd());
			}
		}
		return new MonthTotal(month, printed(mru), printed(usd));
	}

	/** Every addition and removal, by day; the MRU delta is the monthly price in force on the day of the change. */
	static List<LedgerEntry> ledger(List<InventoryItemView> items, PriceBook book) {
		List<LedgerEntry> entries = new ArrayList<>();
		for (InventoryItemView item : items) {
			BigDecimal added = book.monthlyMru(item.componentKey(), item.environmentKind(), item.activeFrom());
			entries.add(new LedgerEntry(item.activeFrom(), LedgerEntry.Change.ADDED, item.componentKey(),
					item.environmentKey(), item.environmentKind(), item.activatedBy(), added));
			if (item.activeUntil() != null) {
				BigDecimal removed = book.monthlyMru(item.componentKey(), item.environmentKind(),
						item.activeUntil().minusDays(1));
				entries.add(new LedgerEntry(item.activeUntil(), LedgerEntry.Change.REMOVED, item.componentKey(),
						item.environmentKey(), item.environmentKind(), item.removedBy(), removed.negate()));
			}
		}
		entries.sort(Comparator.comparing(LedgerEntry::day)
			.thenComparing(LedgerEntry::change)
			.thenComparing(LedgerEntry::componentKey)
			.thenComparing(LedgerEntry::environmentKey));
		return entries;
	}

	static BigDecimal printed(BigDecimal value) {
		return value.setScale(PRINTED, RoundingMode.HALF_UP);
	}

	/** The item's unrounded cost in the month; {@code null} when it counted on no day of it. */
	private static Cost cost(InventoryItemView item, YearMonth month, PriceBook book) {
		LocalDate monthStart = month.atDay(1);
		LocalDate monthEnd = month.plusMonths(1).atDay(1);
		LocalDate from = later(item.activeFrom(), monthStart);
		LocalDate until = item.activeUntil() == null ? monthEnd : earlier(item.activeUntil(), monthEnd);
		if (!from.isBefore(until)) {
			return null;
		}
		BigDecimal daysInMonth = BigDecimal.valueOf(month.lengthOfMonth());
		BigDecimal mru = BigDecimal.ZERO;
		BigDecimal usd = BigDecimal.ZERO;
		BigDecimal lastPrice = BigDecimal.ZERO;
		for (LocalDate day = from; day.isBefore(until);) {
			LocalDate change = book.nextChange(item.componentKey(), item.environmentKind(), day);
			LocalDate next = change == null || change.isAfter(until) ? until : change;
			lastPrice = book.monthlyMru(item.componentKey(), item.environmentKind(), day);
			BigDecimal part = lastPrice.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(day, next)))
				.divide(daysInMonth, SCALE, RoundingMode.HALF_UP);
			mru = mru.add(part);
			usd = usd.add(part.multiply(book.usdPerMru(day)));
			day = next;
		}
		return new Cost((int) ChronoUnit.DAYS.between(from, until), lastPrice, mru, usd);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private record Cost(int days, BigDecimal monthlyMru, BigDecimal mru, BigDecimal usd) {

		StatementLine line(InventoryItemView item) {
			return new StatementLine(item.id(), item.componentKey(), item.environmentKey(), item.environmentKind(),
					item.activatedBy(), item.removedBy(), item.activeFrom(), item.activeUntil(), this.monthlyMru,
					this.days, printed(this.mru), printed(this.usd));
		}

	}

}

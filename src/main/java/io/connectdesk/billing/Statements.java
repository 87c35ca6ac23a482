package io.connectdesk.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import io.connectdesk.common.Caller;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.customer.Customers;

/**
 * Monthly statements, the months' totals and the MRU ledger of one customer, as a caller may see
 * them: a customer's people their own customer's only, staff any; anything else is "not found".
 * Each answer reads the inventory once and the catalog's price and rate history once
 * ({@link PriceBooks}), then computes in memory ({@link StatementRules}).
 */
@Service
public class Statements {

	/** The code of the refusal when there is no such customer, or the caller may not see it. */
	public static final String NO_CUSTOMER = "customer-not-found";

	/** How many months the chart of totals shows, ending with the statement's month. */
	public static final int CHART_MONTHS = 12;

	private static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);

	private static final LocalDate END = LocalDate.of(9999, 1, 1);

	private final Inventory inventory;

	private final PriceBooks books;

	private final Customers customers;

	Statements(Inventory inventory, PriceBooks books, Customers customers) {
		this.inventory = inventory;
		this.books = books;
		this.customers = customers;
	}

	/** The customer of a customer's person; staff have none here (they use the admin routes). */
	public Long customerOf(Caller caller) {
		if (caller.customerId() == null) {
			throw new NotFoundException(NO_CUSTOMER, "Statements are per customer: you belong to none");
		}
		return caller.customerId();
	}

	public Statement statement(Caller caller, Long customerId, YearMonth month) {
		String name = require(caller, customerId);
		// from the day before: an item removed on the 1st counts no day, but its removal is a change of the month
		List<InventoryItemView> items = this.inventory.overlapping(customerId, month.atDay(1).minusDays(1),
				month.plusMonths(1).atDay(1));
		return StatementRules.statement(customerId, name, month, items, bookFor(items));
	}

	/** The month's statement and the totals of the {@link #CHART_MONTHS} months that end with it. */
	public StatementOverview overview(Caller caller, Long customerId, YearMonth month) {
		String name = require(caller, customerId);
		YearMonth firstMonth = month.minusMonths(CHART_MONTHS - 1L);
		List<InventoryItemView> items = this.inventory.overlapping(customerId, firstMonth.atDay(1),
				month.plusMonths(1).atDay(1));
		PriceBook book = bookFor(items);
		List<MonthTotal> totals = new ArrayList<>();
		for (YearMonth m = firstMonth; !m.isAfter(month); m = m.plusMonths(1)) {
			totals.add(StatementRules.total(m, items, book));
		}
		List<InventoryItemView> ofMonth = items.stream()
			.filter(item -> item.activeFrom().isBefore(month.plusMonths(1).atDay(1))
					&& (item.activeUntil() == null || !item.activeUntil().isBefore(month.atDay(1))))
			.toList();
		return new StatementOverview(StatementRules.statement(customerId, name, month, ofMonth, book), totals);
	}

	/** Every change of the customer's inventory, by day, with its MRU delta. */
	public List<LedgerEntry> ledger(Caller caller, Long customerId) {
		require(caller, customerId);
		List<InventoryItemView> items = this.inventory.overlapping(customerId, BEGINNING, END);
		return StatementRules.ledger(items, bookFor(items));
	}

	private PriceBook bookFor(List<InventoryItemView> items) {
		return this.books.of(items.stream().map(InventoryItemView::componentKey).distinct().toList());
	}

	private String require(Caller caller, Long customerId) {
		String name = customerId == null ? null : this.customers.namesOf(List.of(customerId)).get(customerId);
		if (name == null || !caller.canSee(customerId)) {
			throw new NotFoundException(NO_CUSTOMER, "No customer " + customerId);
		}
		return name;
	}

	/** A statement with the totals of the months before it, for the statement page. */
	public record StatementOverview(Statement statement, List<MonthTotal> months) {
	}

}

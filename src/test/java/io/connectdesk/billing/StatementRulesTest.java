package io.connectdesk.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.connectdesk.customer.EnvironmentKind;

/** The statement's arithmetic against figures computed by hand (rate 25 USD per MRU unless said). */
class StatementRulesTest {

	private static final YearMonth NOVEMBER = YearMonth.of(2026, 11); // 30 days

	private final PriceBook book = new PriceBook().rate(LocalDate.of(2020, 1, 1), new BigDecimal("25"))
		.price("container-service", EnvironmentKind.PRODUCTION, LocalDate.of(2020, 1, 1), new BigDecimal("10"))
		.price("database", EnvironmentKind.PRODUCTION, LocalDate.of(2020, 1, 1), new BigDecimal("12"))
		.price("external-widget", EnvironmentKind.PRODUCTION, LocalDate.of(2020, 1, 1), BigDecimal.ZERO)
		.price("source-repository", EnvironmentKind.PRE_PRODUCTION, LocalDate.of(2020, 1, 1), new BigDecimal("2"));

	private final List<InventoryItemView> items = new ArrayList<>();

	@Test
	void aFullMonthCostsTheMonthlyMru() {
		item("container-service", EnvironmentKind.PRODUCTION, "2026-10-01", null);

		Statement statement = statement(NOVEMBER);

		assertLine(statement.lines().get(0), 30, "10", "10.00", "250.00");
		assertThat(statement.totalMru()).isEqualByComparingTo("10.00");
		assertThat(statement.totalUsd()).isEqualByComparingTo("250.00");
	}

	@Test
	void aMidMonthActivationCountsFromItsDayInclusive() {
		item("container-service", EnvironmentKind.PRODUCTION, "2026-11-16", null);

		// 16th..30th = 15 days: 10 x 15 / 30 = 5 MRU, x 25 = 125 USD
		assertLine(statement(NOVEMBER).lines().get(0), 15, "10", "5.00", "125.00");
	}

	@Test
	void aMidMonthRemovalCountsUntilItsDayExclusive() {
		item("container-service", EnvironmentKind.PRODUCTION, "2026-10-01", "2026-11-11");

		// 1st..10th = 10 days: 10 x 10 / 30 = 3.333.. MRU, x 25 = 83.333.. USD
		Statement statement = statement(NOVEMBER);

		assertLine(statement.lines().get(0), 10, "10", "3.33", "83.33");
		assertThat(statement(YearMonth.of(2026, 12)).lines()).isEmpty();
	}

	@Test
	void aPriceChangeMidMonthSplitsTheMonthAtItsDay() {
		this.book.price("database", EnvironmentKind.PRODUCTION, LocalDate.of(2026, 11, 21), new BigDecimal("15"));
		item("database", EnvironmentKind.PRODUCTION, "2026-10-01", null);

		// 1st..20th at 12: 12 x 20 / 30 = 8; 21st..30th at 15: 15 x 10 / 30 = 5; 13 MRU x 25 = 325 USD
		assertLine(statement(NOVEMBER).lines().get(0), 30, "15", "13.00", "325.00");
	}

	@Test
	void aRateChangeMidMonthSplitsTheUsdAtItsDay() {
		this.book.rate(LocalDate.of(2026, 11, 11), new BigDecimal("30"));
		item("container-service", EnvironmentKind.PRODUCTION, "2026-10-01", null);

		// 10 days at 25: 3.333.. x 25 = 83.333..; 20 days at 30: 6.666.. x 30 = 200; 283.333.. USD
		Statement statement = statement(NOVEMBER);

		assertLine(statement.lines().get(0), 30, "10", "10.00", "283.33");
		assertThat(statement.rates()).extracting(Statement.RateInForce::usdPerMru)
			.usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.containsExactly(new BigDecimal("25"), new BigDecimal("30"));
	}

	@Test
	void anExternalWidgetCountsItsDaysAtZeroMru() {
		item("external-widget", EnvironmentKind.PRODUCTION, "2026-11-05", null);

		Statement statement = statement(NOVEMBER);

		assertLine(statement.lines().get(0), 26, "0", "0.00", "0.00");
		assertThat(statement.totalUsd()).isEqualByComparingTo("0.00");
	}

	@Test
	void februaryDividesByItsOwnDaysInALeapYearAndOtherwise() {
		item("source-repository", EnvironmentKind.PRE_PRODUCTION, "2028-02-15", null);
		item("source-repository", EnvironmentKind.PRE_PRODUCTION, "2027-02-15", "2027-03-01");

		// 2028: 15th..29th = 15 of 29 days: 2 x 15 / 29 = 1.0344.. MRU, x 25 = 25.862.. USD
		Statement leap = statement(YearMonth.of(2028, 2));
		assertThat(leap.daysInMonth()).isEqualTo(29);
		assertLine(leap.lines().get(0), 15, "2", "1.03", "25.86");
		// 2027: 15th..28th = 14 of 28 days: exactly half of 2 MRU
		Statement common = statement(YearMonth.of(2027, 2));
		assertThat(common.daysInMonth()).isEqualTo(28);
		assertLine(common.lines().get(0), 14, "2", "1.00", "25.00");
	}

	@Test
	void totalsRoundTheUnroundedSumNotTheRoundedLines() {
		item("container-service", EnvironmentKind.PRODUCTION, "2026-10-01", "2026-11-11");
		item("container-service", EnvironmentKind.PRODUCTION, "2026-10-01", "2026-11-11");

		Statement statement = statement(NOVEMBER);

		assertThat(statement.lines()).extracting(StatementLine::mru).containsOnly(new BigDecimal("3.33"));
		assertThat(statement.totalMru()).isEqualByComparingTo("6.67");
		assertThat(statement.totalUsd()).isEqualByComparingTo("166.67");
	}

	@Test
	void theLedgerDatesEachChangeWithItsMruDeltaAndTheMonthShowsItsOwn() {
		item("container-service", EnvironmentKind.PRODUCTION, "2026-10-01", "2026-11-11");
		item("database", EnvironmentKind.PRODUCTION, "2026-11-16", null);

		List<LedgerEntry> ledger = StatementRules.ledger(this.items, this.book);

		assertThat(ledger).extracting(LedgerEntry::day, LedgerEntry::change, LedgerEntry::componentKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 1), LedgerEntry.Change.ADDED, "container-service"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 11), LedgerEntry.Change.REMOVED, "container-service"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 16), LedgerEntry.Change.ADDED, "database"));
		assertThat(ledger.get(1).mruDelta()).isEqualByComparingTo("-10");
		assertThat(ledger.get(2).mruDelta()).isEqualByComparingTo("12");
		assertThat(statement(NOVEMBER).changes()).hasSize(2);
		assertThat(StatementRules.total(NOVEMBER, this.items, this.book).mru()).isEqualByComparingTo("9.33");
	}

	private void item(String component, EnvironmentKind kind, String from, String until) {
		this.items.add(new InventoryItemView((long) this.items.size() + 1, component, kind.name().toLowerCase(), kind,
				"REQ-1001", "{}", LocalDate.parse(from), until == null ? null : LocalDate.parse(until),
				until == null ? null : "REQ-1002"));
	}

	private Statement statement(YearMonth month) {
		return StatementRules.statement(1L, "Acme", month, this.items, this.book);
	}

	private static void assertLine(StatementLine line, int days, String monthlyMru, String mru, String usd) {
		assertThat(line.days()).as("days").isEqualTo(days);
		assertThat(line.monthlyMru()).as("monthly MRU").isEqualByComparingTo(monthlyMru);
		assertThat(line.mru()).as("MRU").isEqualTo(new BigDecimal(mru));
		assertThat(line.usd()).as("USD").isEqualTo(new BigDecimal(usd));
	}

}

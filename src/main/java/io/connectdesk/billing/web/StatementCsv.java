package io.connectdesk.billing.web;

import java.util.List;

import io.connectdesk.billing.Statement;
import io.connectdesk.billing.StatementLine;
import io.connectdesk.common.CsvWriter;

/**
 * A statement as CSV: a line per component, then the total; a field quoted only where it must be. The
 * shared {@link CsvWriter} defuses a text field that a spreadsheet would take for a formula. Column
 * names are stable, not translated.
 */
final class StatementCsv {

	static final List<String> COLUMNS = List.of("customer", "month", "component", "environment", "environment_kind",
			"active_from", "active_until", "activated_by", "removed_by", "monthly_mru", "days", "mru", "usd");

	private StatementCsv() {
	}

	static String of(Statement statement) {
		CsvWriter csv = CsvWriter.quotingWhereNeeded(COLUMNS);
		for (StatementLine line : statement.lines()) {
			csv.row(statement.customer(), statement.month(), line.componentKey(), line.environmentKey(),
					line.environmentKind(), line.activeFrom(), line.activeUntil(), line.activatedBy(), line.removedBy(),
					line.monthlyMru(), line.days(), line.mru(), line.usd());
		}
		csv.row(statement.customer(), statement.month(), "TOTAL", null, null, null, null, null, null, null, null,
				statement.totalMru(), statement.totalUsd());
		return csv.text();
	}

}

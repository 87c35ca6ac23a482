package io.connectdesk.billing.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.connectdesk.billing.Statement;
import io.connectdesk.billing.StatementLine;

/**
 * A statement as CSV (RFC 4180): comma separated, CRLF line ends, a field quoted when it holds a
 * comma, quote or line break, quotes doubled. A text field that a spreadsheet would take for a
 * formula (starting with =, +, -, @) gets a leading apostrophe. Column names are stable, not translated.
 */
final class StatementCsv {

	static final List<String> COLUMNS = List.of("customer", "month", "component", "environment", "environment_kind",
			"active_from", "active_until", "activated_by", "removed_by", "monthly_mru", "days", "mru", "usd");

	private StatementCsv() {
	}

	static String of(Statement statement) {
		StringBuilder csv = new StringBuilder();
		row(csv, COLUMNS.stream());
		for (StatementLine line : statement.lines()) {
			row(csv, Stream.of(statement.customer(), statement.month(), line.componentKey(), line.environmentKey(),
					line.environmentKind(), line.activeFrom(), line.activeUntil(), line.activatedBy(), line.removedBy(),
					line.monthlyMru(), line.days(), line.mru(), line.usd()));
		}
		row(csv, Stream.of(statement.customer(), statement.month(), "TOTAL", null, null, null, null, null, null, null,
				null, statement.totalMru(), statement.totalUsd()));
		return csv.toString();
	}

	private static void row(StringBuilder csv, Stream<?> fields) {
		csv.append(fields.map(StatementCsv::field).collect(Collectors.joining(","))).append("\r\n");
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value instanceof BigDecimal number ? number.toPlainString() : Objects.toString(value);
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}

package io.connectdesk.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV writer of every export (RFC 4180 on Commons CSV: comma separated, CRLF line ends,
 * quotes doubled, an empty cell for no value). A text cell that a spreadsheet would run as a formula
 * (it starts with = + - @, a tab or a carriage return) gets a leading apostrophe; numbers are written
 * as they are (a negative amount stays a number), decimals without an exponent. Column names are
 * stable, not translated.
 */
public final class CsvWriter {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final StringBuilder text = new StringBuilder();

	private final CSVPrinter printer;

	private CsvWriter(QuoteMode quoting, List<String> columns) {
		if (!columns.stream().allMatch(column -> column.matches("[a-z_]+"))) {
			throw new IllegalArgumentException("Column names are plain lower-case words: " + columns);
		}
		// The header line is never quoted: its names need no quotes, and readers expect them bare.
		this.text.append(String.join(",", columns)).append("\r\n");
		try {
			this.printer = new CSVPrinter(this.text, CSVFormat.RFC4180.builder().setQuoteMode(quoting).get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A header line of these columns, then rows that quote a cell only when it must (it holds a comma, quote or line break). */
	public static CsvWriter quotingWhereNeeded(List<String> columns) {
		return new CsvWriter(QuoteMode.MINIMAL, columns);
	}

	/** A header line of these columns, then rows that quote every cell that has a value. */
	public static CsvWriter quotingEveryValue(List<String> columns) {
		return new CsvWriter(QuoteMode.ALL_NON_NULL, columns);
	}

	public CsvWriter row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	public CsvWriter row(List<?> cells) {
		try {
			this.printer.printRecord(cells.stream().map(CsvWriter::defused).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** The rows written so far. */
	public String text() {
		return this.text.toString();
	}

	/** The cell as the writer hands it to the format: a formula defused, a decimal in plain digits. */
	static Object defused(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}

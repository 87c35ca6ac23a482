package io.connectdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one CSV writer: RFC 4180 rows, and no cell a spreadsheet would run as a formula. */
class CsvWriterTest {

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
		assertThat(CsvWriter.defused("=1+2")).isEqualTo("'=1+2");
		assertThat(CsvWriter.defused("+1")).isEqualTo("'+1");
		assertThat(CsvWriter.defused("-1")).isEqualTo("'-1");
		assertThat(CsvWriter.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvWriter.defused("\tcmd")).isEqualTo("'\tcmd");
		assertThat(CsvWriter.defused("\rcmd")).isEqualTo("'\rcmd");
		assertThat(CsvWriter.defused("a=b")).isEqualTo("a=b");
		assertThat(CsvWriter.defused("")).isEqualTo("");
	}

	@Test
	void numbersStayNumbersAndDecimalsArePlain() {
		assertThat(CsvWriter.defused(-5)).isEqualTo("-5");
		assertThat(CsvWriter.defused(new BigDecimal("-1.5E+3"))).isEqualTo("-1500");
		assertThat(CsvWriter.defused(new BigDecimal("1E-2"))).isEqualTo("0.01");
		assertThat(CsvWriter.defused(null)).isNull();
	}

	@Test
	void fieldsAreQuotedOnlyWhereNeededWithCrlfLineEnds() {
		String text = CsvWriter.quotingWhereNeeded(List.of("name", "note", "day", "amount"))
			.row("Acme, Inc.", "say \"hi\"", LocalDate.of(2026, 11, 30), null)
			.row("=HYPERLINK(\"x\")", "two\nlines", null, new BigDecimal("12.50"))
			.text();

		assertThat(text).isEqualTo("name,note,day,amount\r\n" + "\"Acme, Inc.\",\"say \"\"hi\"\"\",2026-11-30,\r\n"
				+ "\"'=HYPERLINK(\"\"x\"\")\",\"two\nlines\",,12.50\r\n");
	}

	@Test
	void everyValueIsQuotedWhenAskedAndNoValueStaysEmpty() {
		String text = CsvWriter.quotingEveryValue(List.of("id", "command", "none", "note"))
			.row(1L, "+cmd", null, "plain")
			.text();

		assertThat(text).isEqualTo("id,command,none,note\r\n\"1\",\"'+cmd\",,\"plain\"\r\n");
	}

	/** The audit export's cells (every value quoted), as its test checked them before the writers were one. */
	@Test
	void quotedCellsThatASpreadsheetWouldRunAreDefused() {
		assertThat(quotedCell("=1+2")).isEqualTo("\"'=1+2\"");
		assertThat(quotedCell("+1")).isEqualTo("\"'+1\"");
		assertThat(quotedCell("-1")).isEqualTo("\"'-1\"");
		assertThat(quotedCell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(quotedCell("\tcmd")).isEqualTo("\"'\tcmd\"");
		assertThat(quotedCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(quotedCell(null)).isEmpty();
	}

	@Test
	void columnNamesArePlainWords() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvWriter.quotingWhereNeeded(List.of("=cmd")));
	}

	private static String quotedCell(Object value) {
		String text = CsvWriter.quotingEveryValue(List.of("cell")).row(value).text();
		return text.substring("cell\r\n".length(), text.length() - "\r\n".length());
	}

}

package io.connectdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The combined bench table: verdicts against each figure's target, and a history newest first. */
class BenchReportTest {

	@Test
	void figureIsJudgedAgainstItsTargetInItsDirection() {
		assertThat(BenchReport.row("queue\tpage p99\t19.5\tms\t<=\t20".split("\t", -1))).contains("<= 20.0").endsWith("PASS |");
		assertThat(BenchReport.row("queue\tpage p99\t20.5\tms\t<=\t20".split("\t", -1))).endsWith("MISS |");
		assertThat(BenchReport.row("filing\trate\t250\t/s\t>=\t300".split("\t", -1))).contains(">= 300").endsWith("MISS |");
		assertThat(BenchReport.row("filing\tcpu\t2.5\tms\t-\t".split("\t", -1))).doesNotContain("PASS").doesNotContain("MISS");
	}

	@Test
	void tableHasEveryReportedFigureAndNamesBenchesThatReportedNothing(@TempDir Path dir) throws Exception {
		System.setProperty(BenchFigures.RESULTS_DIR, dir.toString());
		try {
			BenchFigures.of("queue").atMost("page /queue REVIEW p99", 12.5, "ms", 20);
			BenchFigures.of("search").atLeast("searches/s", 40, "/s", 50);
			String table = BenchReport.table(dir);
			assertThat(table).contains("page /queue REVIEW p99").contains("12.5").contains("PASS");
			assertThat(table).contains("searches/s").contains("MISS");
			assertThat(table).containsPattern("\\| filing +\\| \\(no figures");
			assertThat(table.indexOf("| queue")).isLessThan(table.indexOf("| search"));
		}
		finally {
			System.clearProperty(BenchFigures.RESULTS_DIR);
		}
	}

	@Test
	void newestTableGoesFirstBelowTheMarker(@TempDir Path dir) throws Exception {
		Path history = dir.resolve("README.md");
		Files.writeString(history, "# Benchmarks\n\nHow to run.\n");
		BenchReport.insert(history, "### first run");
		BenchReport.insert(history, "### second run");
		String text = Files.readString(history);
		assertThat(text).startsWith("# Benchmarks\n\nHow to run.\n");
		assertThat(text.indexOf("### second run")).isGreaterThan(text.indexOf(BenchReport.MARKER))
			.isLessThan(text.indexOf("### first run"));
	}

}

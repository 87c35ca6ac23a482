package io.connectdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The contract between a benchmark and the combined table ({@link BenchReport}): each bench reports its
 * figures here, one tab-separated line each in {@code <bench.results>/<bench>.tsv}
 * (default {@code target/bench-results}): bench, figure, value, unit, comparator ({@code <=}, {@code >=} or
 * {@code -} for a figure without target) and target. Opening a bench's figures drops what an earlier run of
 * the same bench left.
 */
public final class BenchFigures {

	static final String RESULTS_DIR = "bench.results";

	private final String bench;

	private final Path file;

	private BenchFigures(String bench, Path file) {
		this.bench = bench;
		this.file = file;
	}

	/** The figures of one bench, e.g. "queue"; forgets the ones an earlier run of it reported. */
	public static BenchFigures of(String bench) {
		Path file = resultsDir().resolve(bench + ".tsv");
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new BenchFigures(bench, file);
	}

	static Path resultsDir() {
		return Path.of(System.getProperty(RESULTS_DIR, "target/bench-results"));
	}

	/** A figure that must not exceed its target (latencies, CPU, statements). */
	public BenchFigures atMost(String figure, double value, String unit, double target) {
		return append(figure, value, unit, "<=", target);
	}

	/** A figure that must reach its target (rates, ratios). */
	public BenchFigures atLeast(String figure, double value, String unit, double target) {
		return append(figure, value, unit, ">=", target);
	}

	/** A figure printed for the record, without a target yet. */
	public BenchFigures info(String figure, double value, String unit) {
		return append(figure, value, unit, "-", Double.NaN);
	}

	private BenchFigures append(String figure, double value, String unit, String comparator, double target) {
		String line = String.join("\t", this.bench, clean(figure), String.format(Locale.ROOT, "%.4f", value),
				clean(unit), comparator, Double.isNaN(target) ? "" : String.format(Locale.ROOT, "%.4f", target)) + "\n";
		try {
			Files.writeString(this.file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	private static String clean(String text) {
		return text.replace('\t', ' ').replace('\n', ' ');
	}

}

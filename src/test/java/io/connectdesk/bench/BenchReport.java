package io.connectdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * The first and last step of {@code ./mvnw -B -Pbench verify -DskipTests}: {@code start} forgets the figures of
 * earlier runs and removes their databases ({@code bench.dataDir}: the queue and search benches seed millions of
 * rows, and runs that kept them filled a disk); without argument it prints every bench's figures ({@link BenchFigures}) as one table with its
 * targets and PASS/MISS, headed by date, commit and machine, and inserts it at the top of the history in
 * {@code bench.history} (default {@code bench/README.md}, below {@link #MARKER}; empty: no history).
 */
public final class BenchReport {

	static final String MARKER = "<!-- bench-history: newest first; BenchReport inserts each run's table below -->";

	/** The benches of the bench profile, in the order of the table; any other reporting bench follows. */
	static final List<String> BENCHES = List.of("filing", "queue", "provisioning", "statement", "cost-preview", "startup");

	private BenchReport() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = BenchFigures.resultsDir();
		if (args.length > 0 && args[0].equals("start")) {
			forget(dir);
			String data = System.getProperty("bench.dataDir", "");
			if (!data.isBlank()) {
				FileSystemUtils.deleteRecursively(Path.of(data));
			}
			return;
		}
		String table = table(dir);
		System.out.println();
		System.out.println(table);
		String history = System.getProperty("bench.history", "bench/README.md");
		if (!history.isBlank()) {
			insert(Path.of(history), table);
			System.out.println("(inserted at the top of the history in " + history + ")");
		}
	}

	private static void forget(Path dir) throws IOException {
		Files.createDirectories(dir);
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
				Files.delete(file);
			}
		}
		Files.writeString(dir.resolve("started"), Instant.now().toString());
	}

	static String table(Path dir) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("### " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(Instant.now().atOffset(ZoneOffset.UTC))
				+ " · commit " + commit() + " · " + machine() + elapsed(dir));
		lines.add("");
		lines.add(String.format("| %-12s | %-52s | %12s | %-8s | %-12s | %-4s |", "bench", "figure", "value", "unit",
				"target", ""));
		lines.add("|--------------|------------------------------------------------------|-------------:|----------|--------------|------|");
		for (String bench : benches(dir)) {
			Path file = dir.resolve(bench + ".tsv");
			if (!Files.exists(file)) {
				lines.add(String.format("| %-12s | %-52s | %12s | %-8s | %-12s | %-4s |", bench, "(no figures: not run, or failed)",
						"", "", "", ""));
				continue;
			}
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				lines.add(row(line.split("\t", -1)));
			}
		}
		return String.join("\n", lines);
	}

	private static List<String> benches(Path dir) throws IOException {
		List<String> benches = new ArrayList<>(BENCHES);
		if (Files.isDirectory(dir)) {
			try (Stream<Path> files = Files.list(dir)) {
				files.map(f -> f.getFileName().toString())
					.filter(name -> name.endsWith(".tsv"))
					.map(name -> name.substring(0, name.length() - 4))
					.filter(name -> !benches.contains(name))
					.sorted()
					.forEach(benches::add);
			}
		}
		return benches;
	}

	/** bench, figure, value, unit, comparator, target: a table row with its verdict. */
	static String row(String[] field) {
		double value = Double.parseDouble(field[2]);
		String comparator = field[4];
		String target = "";
		String verdict = "";
		if (!comparator.equals("-")) {
			double limit = Double.parseDouble(field[5]);
			boolean pass = comparator.equals("<=") ? value <= limit : value >= limit;
			target = comparator + " " + number(limit);
			verdict = pass ? "PASS" : "MISS";
		}
		return String.format("| %-12s | %-52s | %12s | %-8s | %-12s | %-4s |", field[0], field[1], number(value), field[3],
				target, verdict);
	}

	private static String number(double value) {
		double magnitude = Math.abs(value);
		String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
		return String.format(Locale.ROOT, pattern, value);
	}

	private static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores, load average "
				+ String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
				+ " · " + System.getProperty("java.vm.name") + " " + Runtime.version() + " · "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch");
	}

	private static String elapsed(Path dir) throws IOException {
		Path started = dir.resolve("started");
		if (!Files.exists(started)) {
			return "";
		}
		Duration took = Duration.between(Instant.parse(Files.readString(started).strip()), Instant.now());
		return " · whole run " + took.toMinutes() + " min";
	}

	/** The commit measured, "+changes" when the work tree had uncommitted changes to tracked files. */
	private static String commit() {
		String head = git("rev-parse", "--short", "HEAD");
		if (head.isEmpty()) {
			return "unknown";
		}
		return git("status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "+changes";
	}

	private static String git(String... args) {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return process.waitFor() == 0 ? out : "";
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	static void insert(Path history, String table) throws IOException {
		String text = Files.exists(history) ? Files.readString(history, StandardCharsets.UTF_8) : "";
		int at = text.indexOf(MARKER);
		if (at < 0) {
			text = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n## History\n\n" + MARKER + "\n";
			at = text.indexOf(MARKER);
		}
		int after = at + MARKER.length();
		Files.writeString(history, text.substring(0, after) + "\n\n" + table + "\n" + text.substring(after),
				StandardCharsets.UTF_8);
	}

}

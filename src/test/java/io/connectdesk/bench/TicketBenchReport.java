package io.connectdesk.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** TicketBench's report: one table per database, side by side, then the targets of issue 13 on H2. */
final class TicketBenchReport {

	static final double TARGET_RATE = 300;

	static final double TARGET_RATIO = 0.6;

	static final double TARGET_P99_MILLIS_8 = 50;

	static final double TARGET_P99_MILLIS_1 = 20;

	static final double TARGET_CPU_MILLIS = 3;

	static final double TARGET_STATEMENTS = 30;

	/** The database the targets are for: the embedded default. */
	static final String TARGET_DATABASE = "h2";

	/** What one database's run measured: HTTP and bare phases in pairs, per client count. */
	record DatabaseRun(String database, String settings, String warmUp, List<TicketBench.Phase[]> pairs) {
	}

	private TicketBenchReport() {
	}

	static String describe(BenchApp app, String database, Duration warmup, Duration duration) {
		Runtime runtime = Runtime.getRuntime();
		return String.join("\n", "JVM:      " + System.getProperty("java.vm.name") + " " + Runtime.version()
				+ ", max heap " + runtime.maxMemory() / (1 << 20) + " MiB",
				"Cores:    " + runtime.availableProcessors(), "Engine:   " + app.engineSettings(),
				"Database: " + database + " " + app.databaseUrl() + " (" + app.poolSettings() + ")",
				"Timing:   warm-up at least " + warmup.toSeconds() + " s, then " + duration.toSeconds()
						+ " s per phase; closed loop, one session and connection per HTTP client;"
						+ " notices mailed to a GreenMail in a JVM of its own");
	}

	/** @return whether every request and start succeeded */
	static boolean print(PrintStream out, List<DatabaseRun> runs, ConcurrentLinkedQueue<String> httpErrors) {
		long errors = 0;
		for (DatabaseRun run : runs) {
			out.println();
			out.println("=== Connect Desk: filing tickets over HTTP vs. bare process start, " + run.database() + " ===");
			out.println(run.settings());
			out.println("Warm-up:  " + run.warmUp());
			out.println();
			out.println(TicketBench.Phase.header() + "   http/bare");
			for (TicketBench.Phase[] pair : run.pairs()) {
				out.println(pair[0].line());
				out.println(pair[1].line() + String.format("   %9.2f", ratio(pair)));
				errors += pair[0].result().errors() + pair[1].result().errors();
			}
		}
		out.println();
		out.println("sql/op, cmd/op, cpu+bg ms: SQL statements, engine commands and whole-process CPU per call over the"
				+ " phase and the drain of the background work it caused (notices mailed, due jobs)");
		runs.stream().filter(run -> TARGET_DATABASE.equals(run.database())).forEach(run -> verdicts(out, run));
		if (errors > 0 || !httpErrors.isEmpty()) {
			out.println();
			out.println("FAILED: " + errors + " requests/starts failed. First errors:");
			httpErrors.stream().limit(10).forEach(error -> out.println("  " + error));
			runs.stream().flatMap(run -> run.pairs().stream()).flatMap(Arrays::stream)
				.flatMap(phase -> phase.result().errorSamples().stream()).limit(10)
				.forEach(error -> out.println("  " + error));
			return false;
		}
		return true;
	}

	private static void verdicts(PrintStream out, DatabaseRun run) {
		out.println();
		for (TicketBench.Phase[] pair : run.pairs()) {
			TicketBench.Phase http = pair[0];
			int n = http.result().threads();
			if (n == 8) {
				verdict(out, "HTTP tickets/s with 8 clients >= " + (int) TARGET_RATE, http.result().perSecond(),
						http.result().perSecond() >= TARGET_RATE);
				verdict(out, "HTTP / bare-engine rate with 8 clients >= " + TARGET_RATIO, ratio(pair),
						ratio(pair) >= TARGET_RATIO);
				verdict(out, "HTTP p99 ms with 8 client(s) <= " + (int) TARGET_P99_MILLIS_8, http.result().p99Millis(),
						http.result().p99Millis() <= TARGET_P99_MILLIS_8);
			}
			if (n == 1) {
				verdict(out, "HTTP p99 ms with 1 client(s) <= " + (int) TARGET_P99_MILLIS_1, http.result().p99Millis(),
						http.result().p99Millis() <= TARGET_P99_MILLIS_1);
			}
			verdict(out, "CPU ms per ticket incl. background, " + n + " cl. <= " + (int) TARGET_CPU_MILLIS,
					http.cpuMillisPerCall(), http.cpuMillisPerCall() <= TARGET_CPU_MILLIS);
			verdict(out, "SQL statements per filing, " + n + " cl. <= " + (int) TARGET_STATEMENTS,
					http.statementsPerCall(), http.statementsPerCall() <= TARGET_STATEMENTS);
		}
	}

	/**
	 * The same figures for the combined table of every bench ({@link BenchReport}): targets on the
	 * durable default (H2), the other databases' figures for information.
	 */
	static void figures(List<DatabaseRun> runs) {
		BenchFigures figures = BenchFigures.of("filing");
		for (DatabaseRun run : runs) {
			boolean targeted = TARGET_DATABASE.equals(run.database());
			for (TicketBench.Phase[] pair : run.pairs()) {
				TicketBench.Phase http = pair[0];
				int n = http.result().threads();
				String on = ", " + n + " client(s), " + run.database();
				double p99Target = n == 1 ? TARGET_P99_MILLIS_1 : TARGET_P99_MILLIS_8;
				if (targeted && n == 8) {
					figures.atLeast("HTTP tickets/s" + on, http.result().perSecond(), "/s", TARGET_RATE);
					figures.atLeast("HTTP / bare-engine rate" + on, ratio(pair), "ratio", TARGET_RATIO);
				}
				else {
					figures.info("HTTP tickets/s" + on, http.result().perSecond(), "/s");
				}
				if (targeted && (n == 1 || n == 8)) {
					figures.atMost("HTTP p99" + on, http.result().p99Millis(), "ms", p99Target);
					figures.atMost("CPU per ticket incl. background" + on, http.cpuMillisPerCall(), "ms", TARGET_CPU_MILLIS);
					figures.atMost("SQL statements per filing" + on, http.statementsPerCall(), "stmts", TARGET_STATEMENTS);
				}
				else {
					figures.info("HTTP p99" + on, http.result().p99Millis(), "ms");
					figures.info("CPU per ticket incl. background" + on, http.cpuMillisPerCall(), "ms");
				}
				figures.info("bare engine starts/s" + on, pair[1].result().perSecond(), "/s");
			}
		}
	}

	private static double ratio(TicketBench.Phase[] pair) {
		double bare = pair[1].result().perSecond();
		return bare == 0 ? 0 : pair[0].result().perSecond() / bare;
	}

	private static void verdict(PrintStream out, String target, double value, boolean pass) {
		out.println(String.format("%-50s %9.2f   %s", target, value, pass ? "PASS" : "MISS"));
	}

}

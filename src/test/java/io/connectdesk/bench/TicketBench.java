package io.connectdesk.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.camunda.bpm.engine.RuntimeService;

import io.connectdesk.ticket.TicketLifecycle;

/**
 * Files tickets over HTTP against the real application and compares the rate with bare
 * {@code RuntimeService.startProcessInstanceByKey("TicketLifecycle")} on the same database and
 * history level. Settings (system properties): bench.warmup and bench.duration in seconds,
 * bench.clients (e.g. "1,8"), bench.dataDir. Exits with 1 if any request failed.
 */
public final class TicketBench {

	static final double TARGET_RATE = 300;

	static final double TARGET_RATIO = 0.6;

	static final double TARGET_P99_MILLIS = 100;

	private TicketBench() {
	}

	public static void main(String[] args) throws Exception {
		Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 10));
		Duration duration = Duration.ofSeconds(Long.getLong("bench.duration", 20));
		int[] clients = Arrays.stream(System.getProperty("bench.clients", "1,8").split(","))
			.map(String::trim)
			.mapToInt(Integer::parseInt)
			.toArray();
		int maxClients = Arrays.stream(clients).max().orElse(1);
		Path dataDir = Path.of(System.getProperty("bench.dataDir", "target/bench-data"));
		String runId = Long.toString(System.currentTimeMillis(), 36);
		ConcurrentLinkedQueue<String> httpErrors = new ConcurrentLinkedQueue<>();
		List<Result[]> pairs = new ArrayList<>();
		String settings;
		try (BenchApp app = BenchApp.start(dataDir, maxClients)) {
			settings = describe(app, warmup, duration);
			RuntimeService runtime = app.runtimeService();
			System.out.println("warm-up: " + LoadRun.run("warm-up http", maxClients, warmup,
					i -> client(app, runId + "w", i, httpErrors)).line().strip());
			System.out.println("warm-up: " + LoadRun.run("warm-up bare", maxClients, warmup.dividedBy(2),
					i -> bare(runtime, app, runId + "w")).line().strip());
			httpErrors.clear(); // warm-up errors are not counted, but the runs below must be clean
			for (int n : clients) {
				// HTTP and bare alternate so that both see a database of about the same size.
				Result http = LoadRun.run("http POST /tickets", n, duration, i -> client(app, runId, i, httpErrors));
				Result bare = LoadRun.run("bare engine start", n, duration, i -> bare(runtime, app, runId));
				pairs.add(new Result[] { http, bare });
				System.out.println("measured: " + http.line().strip());
				System.out.println("measured: " + bare.line().strip());
			}
		}
		boolean clean = report(System.out, settings, pairs, httpErrors);
		figures(pairs);
		System.exit(clean ? 0 : 1);
	}

	private static LoadRun.Operation client(BenchApp app, String runId, int index,
			ConcurrentLinkedQueue<String> errors) {
		try {
			return new TicketClient(app.baseUri(), runId + "-" + index, errors).signIn(app.user(index), app.password());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot sign in client " + index, ex);
		}
	}

	/** The start TicketFiling makes, each in its own transaction as the engine opens one per command. */
	private static LoadRun.Operation bare(RuntimeService runtime, BenchApp app, String runId) {
		String requester = app.user(0);
		return sequence -> {
			runtime.startProcessInstanceByKey(TicketLifecycle.PROCESS_KEY, "BARE-" + runId + "-" + sequence,
					Map.of(TicketLifecycle.VAR_REQUESTER, requester, TicketLifecycle.VAR_TASK_PRIORITY,
							sequence % 10 == 0 ? TicketLifecycle.PRIORITY_URGENT : TicketLifecycle.PRIORITY_NORMAL));
			return true;
		};
	}

	private static String describe(BenchApp app, Duration warmup, Duration duration) {
		Runtime runtime = Runtime.getRuntime();
		return String.join("\n", "JVM:      " + System.getProperty("java.vm.name") + " " + Runtime.version()
				+ ", max heap " + runtime.maxMemory() / (1 << 20) + " MiB",
				"Cores:    " + runtime.availableProcessors(), "Engine:   " + app.engineSettings(),
				"Database: " + app.databaseUrl() + " (" + app.poolSettings() + ")",
				"Timing:   warm-up " + warmup.toSeconds() + " s, then " + duration.toSeconds()
						+ " s per phase; closed loop, one session and connection per HTTP client");
	}

	private static boolean report(PrintStream out, String settings, List<Result[]> pairs,
			ConcurrentLinkedQueue<String> httpErrors) {
		out.println();
		out.println("=== Connect Desk: filing tickets over HTTP vs. bare process start ===");
		out.println(settings);
		out.println();
		out.println(Result.header() + "   http/bare");
		long errors = 0;
		for (Result[] pair : pairs) {
			out.println(pair[0].line());
			out.println(pair[1].line() + String.format("   %9.2f", ratio(pair)));
			errors += pair[0].errors() + pair[1].errors();
		}
		out.println();
		for (Result[] pair : pairs) {
			Result http = pair[0];
			int n = http.threads();
			if (n == 8) {
				verdict(out, "HTTP tickets/s with 8 clients >= " + (int) TARGET_RATE, http.perSecond(),
						http.perSecond() >= TARGET_RATE);
				verdict(out, "HTTP / bare-engine rate with 8 clients >= " + TARGET_RATIO, ratio(pair),
						ratio(pair) >= TARGET_RATIO);
			}
			verdict(out, "HTTP p99 ms with " + n + " client(s) <= " + (int) TARGET_P99_MILLIS, http.p99Millis(),
					http.p99Millis() <= TARGET_P99_MILLIS);
		}
		if (errors > 0 || !httpErrors.isEmpty()) {
			out.println();
			out.println("FAILED: " + errors + " requests/starts failed. First errors:");
			httpErrors.stream().limit(10).forEach(error -> out.println("  " + error));
			pairs.stream().flatMap(pair -> Arrays.stream(pair)).flatMap(r -> r.errorSamples().stream()).limit(10)
				.forEach(error -> out.println("  " + error));
			return false;
		}
		return true;
	}

	private static double ratio(Result[] pair) {
		return pair[1].perSecond() == 0 ? 0 : pair[0].perSecond() / pair[1].perSecond();
	}

	private static void verdict(PrintStream out, String target, double value, boolean pass) {
		out.println(String.format("%-50s %9.2f   %s", target, value, pass ? "PASS" : "MISS"));
	}

	/** The same figures and targets for the combined table of every bench (BenchReport). */
	private static void figures(List<Result[]> pairs) {
		BenchFigures figures = BenchFigures.of("filing");
		for (Result[] pair : pairs) {
			Result http = pair[0];
			int n = http.threads();
			if (n == 8) {
				figures.atLeast("HTTP tickets/s, 8 clients", http.perSecond(), "/s", TARGET_RATE);
				figures.atLeast("HTTP / bare-engine rate, 8 clients", ratio(pair), "ratio", TARGET_RATIO);
			}
			else {
				figures.info("HTTP tickets/s, " + n + " client(s)", http.perSecond(), "/s");
			}
			figures.atMost("HTTP p99, " + n + " client(s)", http.p99Millis(), "ms", TARGET_P99_MILLIS);
			figures.info("CPU per HTTP filing, " + n + " client(s)", http.cpuMillisPerCall(), "ms");
			figures.info("bare engine starts/s, " + n + " thread(s)", pair[1].perSecond(), "/s");
		}
	}

}

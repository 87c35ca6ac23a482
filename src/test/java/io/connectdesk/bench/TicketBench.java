package io.connectdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.camunda.bpm.engine.RuntimeService;

import io.connectdesk.ticket.TicketLifecycle;

/**
 * Files tickets over HTTP against the real application and compares the rate with bare
 * {@code RuntimeService.startProcessInstanceByKey("TicketLifecycle")} on the same database and
 * history level, on H2 (the durable default) and on an embedded PostgreSQL (fsync and synchronous
 * commit on). Notices go to a mail server in a JVM of its own ({@link BenchMailServer}): the sender's work
 * is measured, the mail server's is not. After each phase the bench waits until the outbox and the due
 * jobs are drained, and counts the whole process CPU (the desk and the bench's HTTP clients), SQL
 * statements and engine commands over the phase and the drain. Settings (system
 * properties): bench.warmup (least warm-up seconds; it goes on until the JIT compiler has settled, at
 * most bench.maxWarmup), bench.duration in seconds, bench.clients (e.g. "1,8"), bench.databases
 * ("h2,postgres"; {@value #OLD_H2} is H2 with the write delay of the old, not durable default, for a
 * side-by-side figure of what durability costs; {@value #EACH_COMMIT_H2} is durable H2 without group commit, every
 * commit writing the file itself), bench.dataDir, bench.profile (a directory: a flight recording of each
 * measured phase). Exits with 1 if any request failed.
 */
public final class TicketBench {

	/** The H2 file database as it was before it was made durable: commits reach the file up to 500 ms later. */
	static final String OLD_H2 = "h2-write-delay";

	/** Durable H2 as it was before group commit: every commit writes the file itself ({@code WRITE_DELAY=0}). */
	static final String EACH_COMMIT_H2 = "h2-each-commit";

	/** A warm-up window whose JIT compilation time stays under this share of its length has settled. */
	static final double JIT_SETTLED_SHARE = 0.02;

	static final Duration WARM_UP_WINDOW = Duration.ofSeconds(5);

	private TicketBench() {
	}

	public static void main(String[] args) throws Exception {
		Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 10));
		Duration maxWarmup = Duration.ofSeconds(Long.getLong("bench.maxWarmup", 240));
		Duration duration = Duration.ofSeconds(Long.getLong("bench.duration", 20));
		int[] clients = Arrays.stream(System.getProperty("bench.clients", "1,8").split(","))
			.map(String::trim)
			.mapToInt(Integer::parseInt)
			.toArray();
		List<String> databases = Arrays.stream(System.getProperty("bench.databases", "h2,postgres").split(","))
			.map(String::trim)
			.toList();
		Path dataDir = Path.of(System.getProperty("bench.dataDir", "target/bench-data"));
		Profile.prepare();
		List<TicketBenchReport.DatabaseRun> runs = new ArrayList<>();
		ConcurrentLinkedQueue<String> httpErrors = new ConcurrentLinkedQueue<>();
		try (BenchMailServer mail = BenchMailServer.start()) {
			for (String database : databases) {
				List<String> arguments = List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.port(),
						"--connectdesk.notice.send-interval=PT0.5S");
				runs.add(measure(database, dataDir, arguments, warmup, maxWarmup, duration, clients, mail, httpErrors));
			}
		}
		boolean clean = TicketBenchReport.print(System.out, runs, httpErrors);
		TicketBenchReport.figures(runs);
		System.exit(clean ? 0 : 1);
	}

	private static TicketBenchReport.DatabaseRun measure(String database, Path dataDir, List<String> mailArguments,
			Duration warmup, Duration maxWarmup, Duration duration, int[] clients, BenchMailServer mail,
			ConcurrentLinkedQueue<String> httpErrors) throws Exception {
		int maxClients = Arrays.stream(clients).max().orElse(1);
		String runId = database + Long.toString(System.currentTimeMillis(), 36);
		BenchPostgres postgres = "postgres".equals(database) ? BenchPostgres.start(dataDir) : null;
		List<String> arguments = new ArrayList<>(mailArguments);
		String eachCommit = BenchApp.defaultUrlOptions().replaceAll(";WRITE_DELAY=\\d+", "") + ";WRITE_DELAY=0";
		String url = postgres != null ? postgres.url()
				: EACH_COMMIT_H2.equals(database) ? BenchApp.h2Url(dataDir, eachCommit) : BenchApp.h2Url(dataDir);
		if (postgres != null) {
			arguments.addAll(postgres.arguments());
		}
		if (OLD_H2.equals(database)) {
			arguments.add("--connectdesk.database.group-commit=false");
		}
		List<Phase[]> pairs = new ArrayList<>();
		String settings;
		String warmedUp;
		try (BenchApp app = BenchApp.start(url, arguments, maxClients)) {
			settings = TicketBenchReport.describe(app, database, warmup, duration);
			RuntimeService runtime = app.runtimeService();
			warmedUp = warmUp("http", maxClients, warmup, maxWarmup, i -> client(app, runId + "w", i, httpErrors));
			warmUp("bare", maxClients, warmup.dividedBy(2), warmup.dividedBy(2), i -> bare(runtime, runId + "w"));
			app.drain(Duration.ofMinutes(2));
			mail.purge();
			httpErrors.clear(); // warm-up errors are not counted, but the runs below must be clean
			for (int n : clients) {
				// HTTP and bare alternate so that both see a database of about the same size.
				Phase http = Phase.run(app, "http POST /tickets", n, duration, i -> client(app, runId, i, httpErrors));
				Phase bare = Phase.run(app, "bare engine start", n, duration, i -> bare(runtime, runId));
				System.out.println("notices mailed in the " + n + "-client phases: " + mail.purge());
				pairs.add(new Phase[] { http, bare });
				System.out.println("measured " + database + ": " + http.line().strip());
				System.out.println("measured " + database + ": " + bare.line().strip());
			}
		}
		finally {
			if (postgres != null) {
				postgres.close();
			}
			BenchApp.deleteH2Files(url);
		}
		return new TicketBenchReport.DatabaseRun(database, settings, warmedUp, pairs);
	}

	/**
	 * Warm-up windows until the JIT compiler has settled (a window spent less than
	 * {@link #JIT_SETTLED_SHARE} of its length compiling) and the least warm-up has passed, or the most.
	 * @return what the warm-up found, for the report
	 */
	private static String warmUp(String name, int threads, Duration least, Duration most,
			IntFunction<LoadRun.Operation> operations) throws InterruptedException {
		Duration elapsed = Duration.ZERO;
		long jitMillis;
		do {
			long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
			Result window = LoadRun.run("warm-up " + name, threads, WARM_UP_WINDOW, operations);
			jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
			elapsed = elapsed.plus(WARM_UP_WINDOW);
			System.out.println("warm-up: " + window.line().strip() + "   JIT " + jitMillis + " ms");
		}
		while (elapsed.compareTo(most) < 0
				&& (elapsed.compareTo(least) < 0 || jitMillis > WARM_UP_WINDOW.toMillis() * JIT_SETTLED_SHARE));
		boolean settled = jitMillis <= WARM_UP_WINDOW.toMillis() * JIT_SETTLED_SHARE;
		return String.format("%s warm-up %d s; JIT compiling %d ms in the last %d s window: %s", name,
				elapsed.toSeconds(), jitMillis, WARM_UP_WINDOW.toSeconds(), settled ? "settled" : "NOT settled");
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
	private static LoadRun.Operation bare(RuntimeService runtime, String runId) {
		return sequence -> {
			runtime.startProcessInstanceByKey(TicketLifecycle.PROCESS_KEY, "BARE-" + runId + "-" + sequence);
			return true;
		};
	}

	/**
	 * One measured phase and what it caused: SQL statements, engine commands and process CPU per call,
	 * over the phase and the drain of its background work (notices, due jobs) after it.
	 */
	record Phase(Result result, double statementsPerCall, double commandsPerCall, double cpuMillisPerCall,
			Duration drain) {

		static Phase run(BenchApp app, String name, int threads, Duration duration,
				IntFunction<LoadRun.Operation> operations) throws InterruptedException {
			long statements = SqlStatementCounter.count();
			long commands = EngineCommandCounter.count();
			long cpu = LoadRun.processCpuNanos();
			BenchApp.FileWrites written = app.fileWrites();
			Result result;
			BenchApp.Drained drained;
			try (Profile profile = Profile.of(name, threads)) {
				result = LoadRun.run(name, threads, duration, operations);
				drained = app.drain(Duration.ofMinutes(2));
			}
			long calls = Math.max(1, result.calls());
			if (written.writes() > 0) {
				System.out.println("H2 file, " + name + ": " + app.fileWrites().per(written, calls));
			}
			return new Phase(result,
					(SqlStatementCounter.count() - statements - drained.ownStatements()) / (double) calls,
					(EngineCommandCounter.count() - commands - drained.ownCommands()) / (double) calls,
					(LoadRun.processCpuNanos() - cpu) / 1e6 / calls, drained.done() ? drained.took() : null);
		}

		String line() {
			return this.result.line() + String.format(" %7.1f %7.1f %9.2f %8s", this.statementsPerCall,
					this.commandsPerCall, this.cpuMillisPerCall,
					this.drain == null ? "NOT" : String.format("%.1f s", this.drain.toMillis() / 1000.0));
		}

		static String header() {
			return Result.header() + String.format(" %7s %7s %9s %8s", "sql/op", "cmd/op", "cpu+bg ms", "drain");
		}

	}

	/**
	 * A flight recording (JFR, settings "profile") of one measured phase and its drain, when
	 * bench.profile names a directory: the warm-up and the other phases stay out of it.
	 */
	record Profile(Recording recording, Path file) implements AutoCloseable {

		/**
		 * Starts the flight recorder, with no events, before the application does, when bench.profile is
		 * set: JFR started for the first time in a warmed-up JVM made it about four times slower.
		 */
		static void prepare() {
			if (System.getProperty("bench.profile") != null) {
				new Recording().start();
			}
		}

		static Profile of(String phase, int threads) {
			String directory = System.getProperty("bench.profile");
			if (directory == null) {
				return new Profile(null, null);
			}
			try {
				Recording recording = new Recording(Configuration.getConfiguration("profile"));
				recording.start();
				Path file = Path.of(directory, phase.replaceAll("\\W+", "-") + "-" + threads + ".jfr");
				return new Profile(recording, file);
			}
			catch (IOException | ParseException ex) {
				throw new IllegalStateException("Cannot start the flight recording", ex);
			}
		}

		@Override
		public void close() {
			if (this.recording == null) {
				return;
			}
			try (this.recording) {
				Files.createDirectories(this.file.getParent());
				this.recording.dump(this.file);
				System.out.println("profile of the phase: " + this.file.toAbsolutePath());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}

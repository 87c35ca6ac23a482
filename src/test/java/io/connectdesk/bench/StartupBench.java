package io.connectdesk.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time of the packaged application as a user starts it ({@code java -jar}, default "local" profile,
 * embedded H2 under ./data): from starting the JVM, a separate OS process, to {@code /actuator/health}
 * answering UP, first on an empty data directory, then on the one that run left. Settings: bench.jar (the
 * packaged jar), bench.dataDir, bench.startupRuns (runs on the existing data, 2), bench.startupJvmArgs, bench.cds
 * (true: then the same runs as the production start-up does, from the extracted jar with a class-data-sharing
 * archive made by a training run). Target: at most 10 s each.
 */
public final class StartupBench {

	static final double TARGET_SECONDS = 10;

	private static final Duration GIVE_UP = Duration.ofMinutes(3);

	private final Path jar;

	private final Path workDir;

	/** The CPU time the last start took (all threads): moves less than wall-clock time on a shared machine. */
	private double cpuSeconds;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private StartupBench(Path jar, Path workDir) {
		this.jar = jar;
		this.workDir = workDir;
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(System.getProperty("bench.jar", "target/connect-desk-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
		Path workDir = Path.of(System.getProperty("bench.dataDir", "target/bench-data")).toAbsolutePath()
			.resolve("startup-" + System.currentTimeMillis());
		Files.createDirectories(workDir);
		StartupBench bench = new StartupBench(jar, workDir);
		BenchFigures figures = BenchFigures.of("startup");
		double empty = bench.start("empty");
		figures.atMost("java -jar to health UP, empty ./data", empty, "s", TARGET_SECONDS);
		figures.info("CPU time of that start, empty ./data", bench.cpuSeconds, "s");
		int runs = Integer.getInteger("bench.startupRuns", 2);
		double best = Double.MAX_VALUE;
		double worst = 0;
		double cpu = Double.MAX_VALUE;
		for (int run = 1; run <= runs; run++) {
			double seconds = bench.start("existing-" + run);
			best = Math.min(best, seconds);
			worst = Math.max(worst, seconds);
			cpu = Math.min(cpu, bench.cpuSeconds);
		}
		figures.atMost("java -jar to health UP, existing ./data (worst of " + runs + ")", worst, "s", TARGET_SECONDS);
		figures.info("java -jar to health UP, existing ./data (best of " + runs + ")", best, "s");
		figures.info("CPU time of a start, existing ./data (least of " + runs + ")", cpu, "s");
		System.out.printf(Locale.ROOT, "start-up to health UP: empty ./data %.2f s; existing ./data best %.2f s, worst %.2f s"
				+ " (logs in %s)%n", empty, best, worst, workDir);
		if (Boolean.parseBoolean(System.getProperty("bench.cds", "true"))) {
			bench.withClassDataSharing(figures, runs);
		}
	}

	/**
	 * The production way to start (docs/startup.md): the jar extracted, with a class-data-sharing archive made by
	 * a training run, started on the same ./data as the runs before.
	 */
	private void withClassDataSharing(BenchFigures figures, int runs) throws Exception {
		Path app = this.workDir.resolve("app");
		Path extracted = app.resolve(this.jar.getFileName());
		Path archive = app.resolve("application.jsa");
		Path classList = app.resolve("classes.lst");
		run("extract", List.of("-Djarmode=tools", "-jar", this.jar.toString(), "extract", "--destination", app.toString()));
		Path training = Files.createDirectories(this.workDir.resolve("training"));
		run("training", List.of("-XX:DumpLoadedClassList=" + classList, "-Dspring.context.exit=onRefresh", "-jar",
				extracted.toString(), "--server.port=0", "--connectdesk.dev-mail.smtp-port=" + freePort(),
				"--connectdesk.dev-mail.imap-port=" + freePort()), training);
		// JDK 17 crashes archiving lambda proxies of this class list (adjust_lambda_proxy_class_dictionary): left out.
		Files.write(classList, Files.readAllLines(classList).stream().filter(line -> !line.startsWith("@lambda-proxy")).toList());
		run("dump", List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive,
				"-jar", extracted.toString()));
		List<String> sharing = List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive);
		double best = Double.MAX_VALUE;
		double cpu = Double.MAX_VALUE;
		for (int run = 1; run <= runs; run++) {
			best = Math.min(best, start(extracted, sharing, "cds-" + run));
			cpu = Math.min(cpu, this.cpuSeconds);
		}
		figures.atMost("extracted jar + CDS to health UP (best of " + runs + ")", best, "s",
				TARGET_SECONDS);
		figures.info("CPU time of an extracted + CDS start (least of " + runs + ")", cpu, "s");
	}

	/** Runs one preparing step in its own JVM, in the work directory, and waits for it to succeed. */
	private void run(String name, List<String> arguments) throws Exception {
		run(name, arguments, this.workDir);
	}

	private void run(String name, List<String> arguments, Path directory) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(arguments);
		Path log = this.workDir.resolve(name + ".log");
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(GIVE_UP.toMinutes(), TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException("The " + name + " step failed, see " + log);
		}
	}

	/** Seconds from starting the JVM to health UP; stops the application afterwards. */
	private double start(String name) throws Exception {
		return start(this.jar, List.of(), name);
	}

	private double start(Path jar, List<String> options, String name) throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		String jvmArgs = System.getProperty("bench.startupJvmArgs", "");
		if (!jvmArgs.isBlank()) {
			command.addAll(List.of(jvmArgs.trim().split("\\s+")));
		}
		command.addAll(options);
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
				"--connectdesk.dev-mail.smtp-port=" + freePort(), "--connectdesk.dev-mail.imap-port=" + freePort()));
		Path log = this.workDir.resolve(name + ".log");
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(this.workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
			while (!up(health)) {
				if (!process.isAlive()) {
					throw new IllegalStateException("The application stopped before it was healthy, see " + log);
				}
				if (System.nanoTime() - started > GIVE_UP.toNanos()) {
					throw new IllegalStateException("Not healthy after " + GIVE_UP + ", see " + log);
				}
				Thread.sleep(20);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			this.cpuSeconds = process.info().totalCpuDuration().map(cpu -> cpu.toMillis() / 1e3).orElse(Double.NaN);
			System.out.printf(Locale.ROOT, "start-up, %s ./data: %.2f s to health UP, %.2f s of CPU%n", name, seconds,
					this.cpuSeconds);
			return seconds;
		}
		finally {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	private boolean up(URI health) throws InterruptedException {
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false; // not listening yet
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

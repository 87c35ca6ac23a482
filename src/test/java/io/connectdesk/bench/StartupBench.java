package io.connectdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * archive made by a training run), bench.springBootRun (true: then the README's start command, {@code ./mvnw
 * spring-boot:run}, timed from the start of the JVM it forks). Target: at most 10 s each.
 */
public final class StartupBench {

	static final double TARGET_SECONDS = 10;

	private static final String MAIN_CLASS = "io.connectdesk.ConnectDeskApplication";

	private final Path jar;

	private final Path workDir;

	/** The CPU time the last start took (all threads): moves less than wall-clock time on a shared machine. */
	private double cpuSeconds;

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
		Runs existing = new Runs();
		for (int run = 1; run <= runs; run++) {
			existing.add(bench.start("existing-" + run), bench.cpuSeconds);
		}
		figures.atMost("java -jar to health UP, existing ./data (worst of " + runs + ")", existing.worst, "s", TARGET_SECONDS);
		figures.info("java -jar to health UP, existing ./data (best of " + runs + ")", existing.best, "s");
		figures.info("CPU time of a start, existing ./data (least of " + runs + ")", existing.cpu, "s");
		System.out.printf(Locale.ROOT, "start-up to health UP: empty ./data %.2f s; existing ./data best %.2f s, worst %.2f s"
				+ " (logs in %s)%n", empty, existing.best, existing.worst, workDir);
		if (Boolean.parseBoolean(System.getProperty("bench.springBootRun", "true"))) {
			bench.withSpringBootRun(figures, runs);
		}
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
				extracted.toString(), "--server.port=0", "--connectdesk.dev-mail.smtp-port=" + StartupProbe.freePort(),
				"--connectdesk.dev-mail.imap-port=" + StartupProbe.freePort()), training);
		// JDK 17 crashes archiving lambda proxies of this class list (adjust_lambda_proxy_class_dictionary): left out.
		Files.write(classList, Files.readAllLines(classList).stream().filter(line -> !line.startsWith("@lambda-proxy")).toList());
		run("dump", List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive,
				"-jar", extracted.toString()));
		List<String> sharing = List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive);
		Runs cds = new Runs();
		for (int run = 1; run <= runs; run++) {
			cds.add(start(extracted, sharing, "cds-" + run), this.cpuSeconds);
		}
		figures.atMost("extracted jar + CDS to health UP (best of " + runs + ")", cds.best, "s", TARGET_SECONDS);
		figures.info("CPU time of an extracted + CDS start (least of " + runs + ")", cds.cpu, "s");
	}

	/**
	 * The README's start command on the same ./data: {@code ./mvnw spring-boot:run} (classes from target/classes and
	 * the local repository's jars, the plugin's optimized launch), from the start of the JVM it forks to health UP;
	 * Maven's own time before the fork is not counted.
	 */
	private void withSpringBootRun(BenchFigures figures, int runs) throws Exception {
		Runs maven = new Runs();
		for (int run = 1; run <= runs; run++) {
			maven.add(startWithMaven("spring-boot-run-" + run), this.cpuSeconds);
		}
		String what = "./mvnw spring-boot:run, its JVM to health UP, existing ./data";
		figures.atMost(what + " (worst of " + runs + ")", maven.worst, "s", TARGET_SECONDS);
		figures.info(what + " (best of " + runs + ")", maven.best, "s");
		figures.info("CPU time of a spring-boot:run start (least of " + runs + ")", maven.cpu, "s");
	}

	private double startWithMaven(String name) throws Exception {
		int port = StartupProbe.freePort();
		String arguments = String.join(" ", StartupProbe.applicationArguments(port));
		List<String> command = List.of(Path.of("mvnw").toAbsolutePath().toString(), "-B", "-q", "spring-boot:run",
				"-Dspring-boot.run.workingDirectory=" + this.workDir, "-Dspring-boot.run.arguments=" + arguments);
		Path log = this.workDir.resolve(name + ".log");
		long started = System.nanoTime();
		Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			long up = StartupProbe.awaitUp(maven, port, log, started);
			ProcessHandle application = maven.descendants()
				.filter(process -> StartupProbe.commandLine(process).contains(MAIN_CLASS))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No JVM running " + MAIN_CLASS + " under Maven"));
			// Both start instants are rounded alike (the OS's boot time in whole seconds): their difference is exact.
			Instant mavenStarted = maven.info().startInstant().orElseThrow();
			Instant jvmStarted = application.info().startInstant().orElseThrow();
			double seconds = (up - started) / 1e9 - Duration.between(mavenStarted, jvmStarted).toNanos() / 1e9;
			this.cpuSeconds = StartupProbe.cpuSeconds(application);
			System.out.printf(Locale.ROOT, "start-up, %s: %.2f s from its JVM's start to health UP, %.2f s of CPU%n", name,
					seconds, this.cpuSeconds);
			return seconds;
		}
		finally {
			maven.descendants().forEach(ProcessHandle::destroy);
			StartupProbe.stop(maven);
		}
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
		if (!process.waitFor(StartupProbe.GIVE_UP.toMinutes(), TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException("The " + name + " step failed, see " + log);
		}
	}

	/** Seconds from starting the JVM to health UP; stops the application afterwards. */
	private double start(String name) throws Exception {
		return start(this.jar, List.of(), name);
	}

	private double start(Path jar, List<String> options, String name) throws Exception {
		int port = StartupProbe.freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		String jvmArgs = System.getProperty("bench.startupJvmArgs", "");
		if (!jvmArgs.isBlank()) {
			command.addAll(List.of(jvmArgs.trim().split("\\s+")));
		}
		command.addAll(options);
		command.addAll(List.of("-jar", jar.toString()));
		command.addAll(StartupProbe.applicationArguments(port));
		Path log = this.workDir.resolve(name + ".log");
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(this.workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			double seconds = (StartupProbe.awaitUp(process, port, log, started) - started) / 1e9;
			this.cpuSeconds = StartupProbe.cpuSeconds(process.toHandle());
			System.out.printf(Locale.ROOT, "start-up, %s ./data: %.2f s to health UP, %.2f s of CPU%n", name, seconds,
					this.cpuSeconds);
			return seconds;
		}
		finally {
			StartupProbe.stop(process);
		}
	}


	/** Seconds to health UP of repeated starts, best and worst, and the least CPU time of one. */
	private static final class Runs {

		private double best = Double.MAX_VALUE;

		private double worst;

		private double cpu = Double.MAX_VALUE;

		void add(double seconds, double cpuSeconds) {
			this.best = Math.min(this.best, seconds);
			this.worst = Math.max(this.worst, seconds);
			this.cpu = Math.min(this.cpu, cpuSeconds);
		}

	}

}

package io.connectdesk.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What {@link StartupBench} does with a started application: its arguments, waiting for health UP, its CPU time. */
final class StartupProbe {

	static final Duration GIVE_UP = Duration.ofMinutes(3);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private StartupProbe() {
	}

	static List<String> applicationArguments(int port) throws IOException {
		return List.of("--server.port=" + port, "--connectdesk.dev-mail.smtp-port=" + freePort(),
				"--connectdesk.dev-mail.imap-port=" + freePort());
	}

	/** Polls health every 20 ms; answers the {@link System#nanoTime()} at which it said UP. */
	static long awaitUp(Process process, int port, Path log, long started) throws InterruptedException {
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
		return System.nanoTime();
	}

	/**
	 * A process's command line, from /proc where there is one: the JDK's {@code ProcessHandle.Info} gives none for the
	 * very long command line (the class path) of the JVM that spring-boot:run forks.
	 */
	static String commandLine(ProcessHandle process) {
		try {
			return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
					StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			return process.info().commandLine().orElse("");
		}
	}

	static double cpuSeconds(ProcessHandle process) {
		return process.info().totalCpuDuration().map(cpu -> cpu.toMillis() / 1e3).orElse(Double.NaN);
	}

	static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	private static boolean up(URI health) throws InterruptedException {
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false; // not listening yet
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}

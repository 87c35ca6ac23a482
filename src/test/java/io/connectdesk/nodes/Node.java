package io.connectdesk.nodes;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Connect Desk node in a JVM of its own ({@link NodeApp} on the test classpath), on its own port, with the
 * arguments given (profile, database URL...), in the test's directory (so the default {@code ./data} is there): started, awaited until ready, stopped with SIGTERM or killed with
 * SIGKILL ({@code kill -9}), and started again with the same arguments. Its output goes to {@code <dir>/<name>-<n>.log}.
 */
final class Node implements AutoCloseable {

	/** The nodes' JVM options: a system property of the JVM that starts them; the tests' own start fast. */
	static final String JVM_OPTIONS = "nodes.jvmOptions";

	/** Small and quick to start (C1 only): for tests, not for figures. */
	static final String TEST_JVM_OPTIONS = "-Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	final String name;

	final int port;

	private final Path dir;

	private final List<String> arguments;

	private Process process;

	private int starts;

	Node(String name, Path dir, List<String> arguments) {
		this.name = name;
		this.port = freePort();
		this.dir = dir;
		this.arguments = List.copyOf(arguments);
	}

	/** Starts the JVM; {@link #awaitReady} waits for it to serve. */
	Node start() {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(List.of(System.getProperty(JVM_OPTIONS, TEST_JVM_OPTIONS).split(" ")));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), NodeApp.class.getName(),
				"--server.port=" + this.port, "--server.address=127.0.0.1", "--spring.main.banner-mode=off"));
		command.addAll(this.arguments);
		try {
			this.starts++;
			this.process = new ProcessBuilder(command).directory(this.dir.toFile()).redirectErrorStream(true)
				.redirectOutput(log().toFile()).start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + this.name, ex);
		}
		return this;
	}

	/** Waits until the node's readiness probe answers UP. */
	Node awaitReady(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!ready()) {
			assertThat(this.process.isAlive()).as(this.name + " died while starting; see " + log()).isTrue();
			assertThat(Instant.now()).as(this.name + " not ready after " + timeout + "; see " + log()).isBefore(deadline);
			Thread.sleep(250);
		}
		return this;
	}

	boolean ready() {
		try {
			HttpResponse<String> readiness = HTTP.send(HttpRequest.newBuilder(url("/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
			return readiness.statusCode() == 200;
		}
		catch (IOException notListening) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** {@code kill -9}: no shutdown hook, no graceful anything. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** SIGTERM, then waits for the JVM to end; how long the graceful stop took. */
	Duration stop(Duration timeout) throws InterruptedException {
		long started = System.nanoTime();
		this.process.destroy();
		assertThat(this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)).as(this.name + " stopped in " + timeout)
			.isTrue();
		return Duration.ofNanos(System.nanoTime() - started);
	}

	boolean alive() {
		return this.process != null && this.process.isAlive();
	}

	/** Whether the node's current log has the text (e.g. a line NodeApp prints). */
	boolean logged(String text) throws IOException {
		return Files.exists(log()) && Files.readString(log(), StandardCharsets.UTF_8).contains(text);
	}

	/** The current log's first ERROR line and what follows it (its stack trace), for a failure's message; empty if none. */
	String firstError() throws IOException {
		if (!Files.exists(log())) {
			return "";
		}
		List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(" ERROR ")) {
				return String.join("\n", lines.subList(i, Math.min(lines.size(), i + 80)));
			}
		}
		return "";
	}

	Path log() {
		return this.dir.resolve(this.name + "-" + this.starts + ".log");
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	@Override
	public void close() {
		if (this.process != null) {
			this.process.destroyForcibly();
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

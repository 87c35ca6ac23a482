package io.connectdesk.incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Prometheus Alertmanager (Debian's {@code prometheus-alertmanager}) on 127.0.0.1 and a free
 * port, with a temporary storage folder and the configuration given, started and stopped by a test.
 */
final class Alertmanager implements AutoCloseable {

	static final Path BINARY = Path.of(System.getProperty("connectdesk.alertmanager", "/usr/bin/prometheus-alertmanager"));

	private final HttpClient http = HttpClient.newHttpClient();

	private final Process process;

	private final Path folder;

	private final String base;

	private Alertmanager(Process process, Path folder, int port) {
		this.process = process;
		this.folder = folder;
		this.base = "http://127.0.0.1:" + port;
	}

	static boolean installed() {
		return Files.isExecutable(BINARY);
	}

	/** Starts it with that configuration (YAML) and waits until it says it is ready. */
	static Alertmanager start(String configuration) throws IOException, InterruptedException {
		Path folder = Files.createTempDirectory("alertmanager");
		Path config = Files.writeString(folder.resolve("alertmanager.yml"), configuration);
		int port = freePort();
		Process process = new ProcessBuilder(BINARY.toString(), "--config.file=" + config, "--storage.path=" + folder.resolve("data"),
				"--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address=", "--log.level=warn")
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("alertmanager.log").toFile())
			.start();
		Alertmanager alertmanager = new Alertmanager(process, folder, port);
		alertmanager.awaitReady();
		return alertmanager;
	}

	/** Posts alerts to Alertmanager's own API ({@code /api/v2/alerts}, a JSON array). */
	void post(String alertsJson) throws IOException, InterruptedException {
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/api/v2/alerts"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(alertsJson))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("Alertmanager refused the alerts: " + answer.statusCode() + " " + answer.body());
		}
	}

	/** The sum of a counter on Alertmanager's metrics page over the lines that carry every label given. */
	double metric(String name, Map<String, String> labels) throws IOException, InterruptedException {
		String page = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		double sum = 0;
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})?\\s+(\\S+)$").matcher(page);
		while (line.find()) {
			String found = line.group(1) == null ? "" : line.group(1);
			if (labels.entrySet().stream().allMatch(label -> found.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
				sum += Double.parseDouble(line.group(2));
			}
		}
		return sum;
	}

	String log() {
		try {
			return Files.readString(this.folder.resolve("alertmanager.log"));
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private void awaitReady() throws InterruptedException {
		Instant until = Instant.now().plusSeconds(30);
		while (Instant.now().isBefore(until)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Alertmanager stopped: " + log());
			}
			try {
				if (this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/-/ready")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("Alertmanager not ready within 30 s: " + log());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}

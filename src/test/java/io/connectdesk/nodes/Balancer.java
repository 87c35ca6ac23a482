package io.connectdesk.nodes;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * HAProxy (Debian's {@code haproxy}) in front of the nodes, as docs/cluster.md recommends: plain round robin, no
 * sticky sessions, a node in rotation only while its readiness probe answers 200, a request whose connection failed
 * sent to another node ({@code option redispatch}), and a request retried after an empty answer only where that is
 * safe (never a POST without an Idempotency-Key). Runs in the foreground as a child of the test.
 */
final class Balancer implements AutoCloseable {

	final int port = Node.freePort();

	private final Process process;

	Balancer(Path dir, List<Node> nodes) throws IOException {
		Path config = dir.resolve("haproxy.cfg");
		Files.writeString(config, config(nodes));
		this.process = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
			.redirectOutput(dir.resolve("haproxy.log").toFile())
			.start();
		awaitListening();
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	String config(List<Node> nodes) {
		String servers = nodes.stream()
			.map(node -> "  server " + node.name + " 127.0.0.1:" + node.port + " check")
			.collect(Collectors.joining("\n"));
		return """
				global
				  maxconn 512
				defaults
				  mode http
				  timeout connect 2s
				  timeout client 90s
				  timeout server 90s
				  timeout queue 30s
				  retries 3
				  option redispatch 1
				  retry-on conn-failure empty-response response-timeout
				frontend desk
				  bind 127.0.0.1:%d
				  default_backend nodes
				backend nodes
				  balance roundrobin
				  # Which node answered: lets a test kill the node that took a request.
				  http-response set-header X-Node %%s
				  # An empty answer may come after the node did the work: retry only what is safe to repeat.
				  http-request disable-l7-retry if METH_POST !{ req.hdr(Idempotency-Key) -m found }
				  option httpchk GET /actuator/health/readiness
				  http-check expect status 200
				  # A slow answer is not a dead node: under load one late check must not take the last node out.
				  timeout check 5s
				  default-server inter 1s fall 3 rise 2
				%s
				""".formatted(this.port, servers);
	}

	private void awaitListening() throws IOException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (true) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				return;
			}
			catch (IOException notYet) {
				if (!this.process.isAlive() || Instant.now().isAfter(deadline)) {
					throw new IOException("HAProxy did not start", notYet);
				}
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException(ex);
				}
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor();
	}

}

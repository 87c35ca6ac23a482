package io.connectdesk.nodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.connectdesk.bench.BenchFigures;

/**
 * Figures for issue 11 (docs/cluster.md), not a test: filing over HTTP through HAProxy with one node and with two
 * nodes on one embedded PostgreSQL (tickets/s, p50, p99 at 8 clients), and how long a surviving node takes to finish
 * the items of a node killed right after it took them (locks of 10 s). Each client signs in once and files with its
 * session (Basic on every call would measure the password hash), the rate limits are lifted, and the nodes run with
 * the full JIT. Part of the bench profile
 * ({@code ./mvnw -B -Pbench verify -DskipTests}); alone:
 * {@code ./mvnw -B -Pbench -DskipTests test-compile exec:exec@bench-start exec:exec@cluster-bench exec:exec@bench-report}.
 * Needs Debian's haproxy; without it the bench says so and records nothing. System properties:
 * {@code bench.warmup}, {@code bench.duration} (seconds, default 20 each), {@code bench.clients} (the first of the list, 8).
 */
public final class ClusterBench {

	private ClusterBench() {
	}

	public static void main(String[] args) throws Exception {
		Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 20));
		Duration duration = Duration.ofSeconds(Long.getLong("bench.duration", 20));
		int clients = Integer.parseInt(System.getProperty("bench.clients", "8").split(",")[0].trim());
		if (!haproxyInstalled()) {
			System.out.println("ClusterBench skipped: haproxy is not installed (apt-get install haproxy)");
			return;
		}
		BenchFigures figures = BenchFigures.of("cluster");
		Path dir = Files.createTempDirectory("connectdesk-cluster-bench");
		// Nodes with the full JIT (the tests' nodes stop at C1 to start fast)
		System.setProperty(Node.JVM_OPTIONS, System.getProperty(Node.JVM_OPTIONS, "-Xms512m -Xmx512m"));
		try (Cluster cluster = new Cluster(dir)) {
			// the bench measures filing, not the rate limits (their one statement per request still runs), as BenchApp
			cluster.extraArguments.addAll(List.of("--connectdesk.rate-limits.api.per-account=1000000000",
					"--connectdesk.rate-limits.api.per-address=1000000000", "--connectdesk.rate-limits.sign-in.per-account=1000000000",
					"--connectdesk.rate-limits.sign-in.per-address=1000000000"));
			cluster.start(2);
			Node b = cluster.node("nodeb");
			b.stop(Duration.ofMinutes(2));
			record(figures, "1 node", clients, measure(cluster, clients, warmup, duration));
			b.start().awaitReady(Cluster.START);
			Thread.sleep(2000);
			record(figures, "2 nodes", clients, measure(cluster, clients, warmup, duration));
			Duration recovery = recovery(cluster);
			System.out.printf("Survivor finished a killed node's 2 items in %d ms (locks 10 s)%n", recovery.toMillis());
			figures.info("survivor finishes a killed node's 2 items (locks 10 s)", recovery.toMillis(), "ms");
		}
	}

	private static void record(BenchFigures figures, String nodes, int clients, FilingLoad.Result result) {
		System.out.println(nodes + " behind HAProxy: " + result);
		String on = " through HAProxy, " + nodes + " on PostgreSQL, " + clients + " clients";
		figures.info("filings/s" + on, result.perSecond(), "/s")
			.info("filing p50" + on, result.p50(), "ms")
			.info("filing p99" + on, result.p99(), "ms")
			.info("failed requests" + on, result.failures().size(), "");
	}

	private static boolean haproxyInstalled() {
		try {
			return new ProcessBuilder("haproxy", "-v").redirectErrorStream(true).start().waitFor() == 0;
		}
		catch (java.io.IOException | InterruptedException ex) {
			return false;
		}
	}

	private static FilingLoad.Result measure(Cluster cluster, int clients, Duration warmup, Duration duration)
			throws Exception {
		FilingLoad warm = new FilingLoad(cluster.url(), NodeApp.REQUESTER, cluster.password, clients).signedIn().start();
		Thread.sleep(warmup.toMillis());
		warm.stop();
		FilingLoad load = new FilingLoad(cluster.url(), NodeApp.REQUESTER, cluster.password, clients).signedIn().start();
		Thread.sleep(duration.toMillis());
		return load.stop();
	}

	/** Files a two-item ticket, kills the node that took its approval, times until the survivor has done all four. */
	private static Duration recovery(Cluster cluster) throws Exception {
		Desk requester = Desk.basic(cluster.url(), NodeApp.REQUESTER, cluster.password);
		Desk approver = Desk.basic(cluster.url(), NodeApp.APPROVER, cluster.password);
		Desk sre = Desk.basic(cluster.url(), NodeApp.SRE, cluster.password);
		String ticket = Tickets.file(requester, Tickets.activation("Two certificates", List.of(Map.of("component",
				"tls-certificate", "environments", List.of("production", "pre-production"),
				"parameters", Map.of("dnsNames", List.of("bench.example.com"))))));
		int items = 2;
		Tickets.complete(sre, ticket, "ACCEPT");
		String took = Tickets.approveIfAsked(approver, requester, ticket);
		cluster.node(took == null ? "nodea" : took).kill();
		long killed = System.nanoTime();
		Tickets.eventually(() -> Tickets.itemStatuses(sre, ticket), statuses -> Tickets.allDone(statuses, items), Duration.ofMinutes(3), "every item done");
		return Duration.ofNanos(System.nanoTime() - killed);
	}

}

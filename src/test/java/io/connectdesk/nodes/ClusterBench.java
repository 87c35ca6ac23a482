package io.connectdesk.nodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Figures for issue 11 (docs/cluster.md), not a test: filing over HTTP through HAProxy with one node and with two
 * nodes on one embedded PostgreSQL (tickets/s, p50, p99 at 8 clients), and how long a surviving node takes to finish
 * the items of a node killed right after it took them (locks of 10 s). Run:
 * {@code ./mvnw -B -Pbench verify -Dbench.main=io.connectdesk.nodes.ClusterBench} (needs haproxy), or its main.
 * System properties: {@code bench.warmup}, {@code bench.duration} (seconds, default 20 each), {@code bench.clients} (8).
 */
public final class ClusterBench {

	private ClusterBench() {
	}

	public static void main(String[] args) throws Exception {
		Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 20));
		Duration duration = Duration.ofSeconds(Long.getLong("bench.duration", 20));
		int clients = Integer.parseInt(System.getProperty("bench.clients", "8").split(",")[0].trim());
		Path dir = Files.createTempDirectory("connectdesk-cluster-bench");
		try (Cluster cluster = new Cluster(dir).start(2)) {
			Node b = cluster.node("nodeb");
			b.stop(Duration.ofMinutes(2));
			System.out.println("1 node behind HAProxy:  " + measure(cluster, clients, warmup, duration));
			b.start().awaitReady(Cluster.START);
			Thread.sleep(2000);
			System.out.println("2 nodes behind HAProxy: " + measure(cluster, clients, warmup, duration));
			System.out.printf("Survivor finished a killed node's 2 items in %d ms (locks 10 s)%n", recovery(cluster).toMillis());
		}
	}

	private static FilingLoad.Result measure(Cluster cluster, int clients, Duration warmup, Duration duration)
			throws Exception {
		FilingLoad warm = new FilingLoad(cluster.url(), NodeApp.REQUESTER, cluster.password, clients).start();
		Thread.sleep(warmup.toMillis());
		warm.stop();
		FilingLoad load = new FilingLoad(cluster.url(), NodeApp.REQUESTER, cluster.password, clients).start();
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

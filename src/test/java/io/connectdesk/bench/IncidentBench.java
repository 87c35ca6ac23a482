package io.connectdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.incident.AlertIntegrations;

/**
 * Alert intake under load: {@code bench.incidentRate} alerts per minute (1,000) for
 * {@code bench.incidentSeconds} (300) across {@code bench.incidentCustomers} (50) customers, each with
 * its own integration token, a fifth of them repeats of a fingerprint already sent (deduplicated).
 * Figures: alerts/s accepted, p99 of the intake call, and whether the incidents created are exactly one
 * per distinct fingerprint (each alert is its own group).
 */
public final class IncidentBench {

	private IncidentBench() {
	}

	public static void main(String[] args) throws Exception {
		int perMinute = Integer.getInteger("bench.incidentRate", 1000);
		int seconds = Integer.getInteger("bench.incidentSeconds", 300);
		int customerCount = Integer.getInteger("bench.incidentCustomers", 50);
		try (BenchApp app = BenchApp.start(Path.of(System.getProperty("bench.dataDir", "target/bench-data")), 1)) {
			Caller admin = new Caller(null, "bench-admin@connectdesk.example.test", "Bench", null, Set.of(Role.ADMIN));
			List<Long> customers = new ArrayList<>();
			List<String> tokens = new ArrayList<>();
			for (int i = 0; i < customerCount; i++) {
				Long customer = app.bean(Customers.class).findOrCreate("Incident Bench " + System.nanoTime() + "-" + i).getId();
				customers.add(customer);
				tokens.add(app.bean(AlertIntegrations.class).create(admin, customer, "bench").token());
			}
			Run run = load(app.baseUri(), tokens, perMinute, seconds);
			String ids = customers.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
			long incidents = app.bean(JdbcTemplate.class).queryForObject("select count(*) from incident where customer_id in (" + ids + ")", Long.class);
			long[] sorted = run.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
			double p99 = Result.percentile(sorted, 99) / 1_000_000.0;
			double rate = run.accepted.get() / (double) seconds;
			System.out.println();
			System.out.println("=== Connect Desk: alert intake, " + perMinute + " alerts/min for " + seconds + " s, " + customerCount
					+ " customers, 20 % repeats ===");
			System.out.println(String.format("sent %d, accepted %d, failed %d, repeats %d, distinct fingerprints %d, incidents %d",
					run.sent.get(), run.accepted.get(), run.failed.get(), run.repeats.get(), run.distinct, incidents));
			System.out.println(String.format("alerts/s accepted %.1f, intake p99 %.1f ms", rate, p99));
			BenchFigures.of("incident")
				.atLeast("alerts/s accepted (" + perMinute + "/min offered)", rate, "/s", perMinute / 60.0 * 0.95)
				.atMost("intake p99", p99, "ms", 200)
				.atMost("incidents - distinct fingerprints", Math.abs(incidents - run.distinct), "", 0)
				.atMost("failed intake calls", run.failed.get(), "", 0);
		}
		System.exit(0);
	}

	private static Run load(URI base, List<String> tokens, int perMinute, int seconds) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		Run run = new Run();
		Random random = new Random(42);
		List<List<String>> sent = new ArrayList<>();
		tokens.forEach(token -> sent.add(new ArrayList<>()));
		Set<String> distinct = new HashSet<>();
		ExecutorService senders = Executors.newFixedThreadPool(16);
		long intervalNanos = TimeUnit.MINUTES.toNanos(1) / perMinute;
		long start = System.nanoTime();
		long total = (long) perMinute * seconds / 60;
		for (long n = 0; n < total; n++) {
			long due = start + n * intervalNanos;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			int customer = (int) (n % tokens.size());
			List<String> mine = sent.get(customer);
			boolean repeat = !mine.isEmpty() && random.nextInt(5) == 0;
			String fingerprint = repeat ? mine.get(random.nextInt(mine.size())) : "bench-" + customer + "-" + n;
			if (!repeat) {
				mine.add(fingerprint);
				distinct.add(customer + "/" + fingerprint);
			}
			else {
				run.repeats.incrementAndGet();
			}
			String body = "{\"alerts\":[{\"fingerprint\":\"" + fingerprint + "\",\"status\":\"firing\",\"summary\":\"Bench\","
					+ "\"labels\":{\"alertname\":\"Bench\",\"component\":\"database\",\"environment\":\"production\",\"severity\":\"warning\"}}]}";
			String token = tokens.get(customer);
			senders.submit(() -> send(http, base, token, body, run));
		}
		senders.shutdown();
		senders.awaitTermination(5, TimeUnit.MINUTES);
		run.distinct = distinct.size();
		return run;
	}

	private static void send(HttpClient http, URI base, String token, String body, Run run) {
		run.sent.incrementAndGet();
		long began = System.nanoTime();
		try {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/alerts"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			run.latencies.add(System.nanoTime() - began);
			if (answer.statusCode() == 202) {
				run.accepted.incrementAndGet();
			}
			else {
				run.failed.incrementAndGet();
				System.err.println("intake " + answer.statusCode() + ": " + answer.body());
			}
		}
		catch (Exception ex) {
			run.failed.incrementAndGet();
			System.err.println("intake failed: " + ex);
		}
	}

	private static final class Run {

		final AtomicInteger sent = new AtomicInteger();

		final AtomicInteger accepted = new AtomicInteger();

		final AtomicInteger failed = new AtomicInteger();

		final AtomicInteger repeats = new AtomicInteger();

		final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();

		int distinct;

	}

}

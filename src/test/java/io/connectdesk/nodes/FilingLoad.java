package io.connectdesk.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A steady filing load: clients that file tickets one after the other, each with an Idempotency-Key, through one
 * address, and count what failed at the client (a transport error or an answer other than 201/200), with each
 * request's latency.
 */
final class FilingLoad {

	private final String base;

	private final String user;

	private final String password;

	private final int clients;

	private final AtomicBoolean filing = new AtomicBoolean(true);

	private final Queue<Long> latencies = new ConcurrentLinkedQueue<>();

	private final Queue<String> failures = new ConcurrentLinkedQueue<>();

	private final List<Future<?>> running = new ArrayList<>();

	private ExecutorService threads;

	private long started;

	private boolean signedIn;

	FilingLoad(String base, String user, String password, int clients) {
		this.base = base;
		this.user = user;
		this.password = password;
		this.clients = clients;
	}

	/** Each client signs in once and files with its session, as a browser would, instead of Basic on every call. */
	FilingLoad signedIn() {
		this.signedIn = true;
		return this;
	}

	FilingLoad start() throws IOException, InterruptedException {
		this.threads = Executors.newFixedThreadPool(this.clients);
		List<Desk> desks = new ArrayList<>();
		for (int i = 0; i < this.clients; i++) {
			desks.add(this.signedIn ? Desk.signedIn(this.base, this.user, this.password) : Desk.basic(this.base, this.user, this.password));
		}
		this.started = System.nanoTime();
		for (Desk desk : desks) {
			this.running.add(this.threads.submit(() -> file(desk)));
		}
		return this;
	}

	/** Waits for that many more answers; fails after 3 minutes. */
	void awaitMore(int answers) throws InterruptedException {
		int target = this.latencies.size() + this.failures.size() + answers;
		for (int waited = 0; this.latencies.size() + this.failures.size() < target; waited++) {
			assertThat(waited).as(answers + " more answers within 3 minutes").isLessThan(1800);
			Thread.sleep(100);
		}
	}

	Result stop() throws Exception {
		this.filing.set(false);
		for (Future<?> client : this.running) {
			client.get(2, TimeUnit.MINUTES);
		}
		this.threads.shutdown();
		long elapsed = System.nanoTime() - this.started;
		List<Long> sorted = new ArrayList<>(this.latencies);
		sorted.sort(null);
		return new Result(sorted.size(), List.copyOf(this.failures), sorted.size() * 1e9 / elapsed, percentile(sorted, 50),
				percentile(sorted, 99));
	}

	private void file(Desk desk) {
		while (this.filing.get()) {
			String key = UUID.randomUUID().toString();
			Map<String, Object> ticket = Tickets.change("Change " + key);
			long sent = System.nanoTime();
			try {
				HttpResponse<String> answer = desk.post("/api/v1/tickets", ticket, Map.of("Idempotency-Key", key));
				if (answer.statusCode() == 201 || answer.statusCode() == 200) {
					this.latencies.add(System.nanoTime() - sent);
				}
				else {
					this.failures.add(answer.statusCode() + " " + answer.body());
				}
			}
			catch (IOException ex) {
				this.failures.add(ex.toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static double percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	/** Answered requests, failures, tickets/s, p50 and p99 in milliseconds. */
	record Result(int answered, List<String> failures, double perSecond, double p50, double p99) {

		@Override
		public String toString() {
			return String.format("%d tickets, %.1f tickets/s, p50 %.1f ms, p99 %.1f ms, %d failed", this.answered,
					this.perSecond, this.p50, this.p99, this.failures.size());
		}

	}

}

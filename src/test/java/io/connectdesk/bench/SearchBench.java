package io.connectdesk.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;

/**
 * Full-text search on PostgreSQL (embedded, durable): seeds bench.tickets tickets (100,000) with
 * bench.messagesPerTicket replies each (10: 1,000,000 messages) and their search documents in SQL
 * ({@code generate_series}, not through the API), then reads the first page of {@code /api/v1/search} over
 * HTTP, one call at a time, as a customer user (a fifth of the tickets) and as an SRE (all of them), for a rare
 * word, a common word and a DNS name; prints p50/p99 and PostgreSQL's plans. Target p99 <= 50 ms.
 */
public final class SearchBench {

	static final double TARGET_P99_MILLIS = 50;

	private static final long FIRST_ID = 500_000_000L;

	private SearchBench() {
	}

	public static void main(String[] args) throws Exception {
		int tickets = Integer.getInteger("bench.tickets", 100_000);
		int perTicket = Integer.getInteger("bench.messagesPerTicket", 10);
		int calls = Integer.getInteger("bench.calls", 1000);
		Path dataDir = Path.of(System.getProperty("bench.dataDir", "target/bench-data"));
		BenchFigures figures = BenchFigures.of("search");
		boolean clean = true;
		try (BenchPostgres postgres = BenchPostgres.start(dataDir);
				BenchApp app = BenchApp.start(postgres.url(), postgres.arguments(), 1)) {
			Accounts accounts = app.bean(Accounts.class);
			Customers customers = app.bean(Customers.class);
			List<Long> customerIds = new ArrayList<>();
			List<Long> requesterIds = new ArrayList<>();
			for (int i = 1; i <= 5; i++) {
				Long customer = customers.findOrCreate("Search Bench " + i).getId();
				customerIds.add(customer);
				requesterIds.add(accounts.ensure(new Accounts.NewAccount("searcher-" + i + "@bench.example", "Searcher " + i,
						app.password(), customer, Set.of(Role.REQUESTER), Locale.ENGLISH)).userId());
			}
			accounts.ensure(new Accounts.NewAccount("search-sre@bench.example", "Search SRE", app.password(), null,
					Set.of(Role.SRE), Locale.ENGLISH));
			JdbcTemplate jdbc = new JdbcTemplate(app.bean(DataSource.class));
			double seconds = seed(jdbc, tickets, perTicket, customerIds, requesterIds);
			System.out.printf("seeded %,d tickets, %,d messages and their search documents in %.0f s%n", tickets,
					(long) tickets * perTicket, seconds);
			figures.info("seeding " + tickets / 1000 + "k tickets + " + (long) tickets * perTicket / 1000 + "k messages", seconds, "s");

			ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
			Map<String, TicketClient> callers = new LinkedHashMap<>();
			callers.put("customer", new TicketClient(app.baseUri(), "search", errors).signIn("searcher-1@bench.example", app.password()));
			callers.put("sre", new TicketClient(app.baseUri(), "search", errors).signIn("search-sre@bench.example", app.password()));
			long rare = rareTicket(tickets); // a ticket of the first customer
			Map<String, String> words = new LinkedHashMap<>();
			words.put("rare word", "zebracorn");
			words.put("common word", "deployment");
			words.put("DNS name", "host-" + rare + ".acme.example");
			explain(jdbc, words, customerIds.get(0));
			for (Map.Entry<String, TicketClient> caller : callers.entrySet()) {
				for (Map.Entry<String, String> word : words.entrySet()) {
					String path = "/api/v1/search?q=" + URLEncoder.encode(word.getValue(), StandardCharsets.UTF_8);
					for (int i = 0; i < calls / 2; i++) {
						caller.getValue().get(path);
					}
					double[] measured = measure(caller.getValue(), path, calls);
					String name = caller.getKey() + ", " + word.getKey();
					System.out.printf("%-30s p50 %8.2f ms  p99 %8.2f ms  hits on page 1: %d%n", name, measured[0], measured[1],
							(int) measured[2]);
					clean &= measured[1] >= 0 && measured[2] > 0;
					figures.info(name + " p50", measured[0], "ms");
					figures.atMost(name + " p99", measured[1], "ms", TARGET_P99_MILLIS);
				}
			}
		}
		System.out.println("Search benchmark: " + (clean ? "every search answered 200 with hits" : "SOME SEARCHES FAILED")
				+ "; target p99 <= " + TARGET_P99_MILLIS + " ms");
		System.exit(clean ? 0 : 1);
	}

	/**
	 * Tickets, messages (each ticket's every tenth an internal note) and documents in a few statements; a rare word in one
	 * public reply, a host name, a repository and a CIDR per ticket.
	 */
	private static double seed(JdbcTemplate jdbc, int tickets, int perTicket, List<Long> customers, List<Long> requesters) {
		long started = System.nanoTime();
		String customerArray = "array" + customers;
		String requesterArray = "array" + requesters;
		jdbc.update("insert into ticket (id, version, customer_id, requester_id, type, title, description, urgent, status, "
				+ "created_at, updated_at, resolved_at, in_queue, escalated, response_warned, resolution_warned, sla_warned) "
				+ "select " + FIRST_ID + " + g, 0, (" + customerArray + ")[1 + g % 5], (" + requesterArray + ")[1 + g % 5], "
				+ "'QUESTION', 'Ticket ' || g || ' about the ' || (array['database','gateway','pipeline','certificate','vpn'])[1 + g % 5], "
				+ "'Please look at host-' || (" + FIRST_ID + " + g) || '.acme.example and repository repo-' || g || ' in 10.' || (g % 250) || '.0.0/24', "
				+ "false, 'CLOSED', now(), now(), now(), false, false, false, false, false "
				+ "from generate_series(1, ?) g", tickets);
		jdbc.update("insert into ticket_message (ticket_id, author_id, author_name, internal, body, created_at) "
				+ "select " + FIRST_ID + " + 1 + (m % ?), null, 'Bench', (m / ?) % 10 = 9, "
				+ "'Reply ' || m || ': the deployment is progressing; checked word' || (m % 50000) || ' and the logs', now() "
				+ "from generate_series(0, ? - 1) m", tickets, tickets, (long) tickets * perTicket);
		long rare = rareTicket(tickets);
		jdbc.update("update ticket_message set body = body || ' zebracorn' where id = "
				+ "(select min(id) from ticket_message where ticket_id = ? and internal = false)", rare);
		jdbc.update("insert into ticket_search (ticket_id, customer_id, public_text, internal_text) "
				+ "select t.id, t.customer_id, t.title || E'\\n' || t.description || E'\\n' "
				+ "|| coalesce(string_agg(m.body, E'\\n') filter (where not m.internal), ''), "
				+ "coalesce(string_agg(m.body, E'\\n') filter (where m.internal), '') "
				+ "from ticket t left join ticket_message m on m.ticket_id = t.id where t.id > " + FIRST_ID + " group by t.id");
		jdbc.execute("analyze ticket");
		jdbc.execute("analyze ticket_message");
		jdbc.execute("analyze ticket_search");
		return (System.nanoTime() - started) / 1e9;
	}

	/** The ticket with the rare word: number g of the seed with g % 5 == 0 belongs to the first customer. */
	private static long rareTicket(int tickets) {
		return FIRST_ID + tickets / 2 - (tickets / 2) % 5;
	}

	/** p50 and p99 in milliseconds (p99 negative when a call failed), and the hits on the page. */
	private static double[] measure(TicketClient client, String path, int calls) throws Exception {
		long[] nanos = new long[calls];
		String body = client.get(path).body();
		int hits = body.split("\"url\"", -1).length - 1;
		for (int i = 0; i < calls; i++) {
			long started = System.nanoTime();
			HttpResponse<String> response = client.get(path);
			nanos[i] = System.nanoTime() - started;
			if (response.statusCode() != 200) {
				System.out.println("ERROR " + response.statusCode() + " " + path + " " + response.body());
				return new double[] { -1, -1, 0 };
			}
		}
		java.util.Arrays.sort(nanos);
		return new double[] { Result.percentile(nanos, 50) / 1e6, Result.percentile(nanos, 99) / 1e6, hits };
	}

	private static void explain(JdbcTemplate jdbc, Map<String, String> words, Long customer) {
		for (String word : words.values()) {
			for (boolean staff : new boolean[] { false, true }) {
				String sql = "explain analyze select s.ticket_id from ticket_search s where "
						+ (staff ? "s.all_tsv" : "s.public_tsv") + " @@ plainto_tsquery('simple', ?)"
						+ (staff ? "" : " and s.customer_id = " + customer) + " order by s.ticket_id desc limit 21 offset 0";
				System.out.println("-- " + (staff ? "sre " : "customer ") + word + "\n"
						+ String.join("\n", jdbc.queryForList(sql, String.class, word)) + "\n");
			}
		}
	}

}

package io.connectdesk.bench;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.springframework.jdbc.core.JdbcTemplate;

import io.connectdesk.billing.Statements;
import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;

/**
 * Server time of a monthly statement for a customer with 500 components over 12 months, seeded in
 * bulk with JDBC, with a price change and a rate change in the middle of the measured month: the
 * service call behind the API ({@code Statements.statement}), the one behind the page (statement plus
 * the 12 months' totals, {@code Statements.overview}), and both over HTTP with a signed-in session.
 * Settings: bench.statementItems (500), bench.statementCalls (200 measured after as many warm-up
 * calls). Target: p99 at most 200 ms.
 */
public final class StatementBench {

	static final double TARGET_MILLIS = 200;

	private static final List<String> COMPONENTS = List.of("source-repository", "widget-pipeline",
			"microservice-pipeline", "external-widget", "artifact-repository", "container-service", "api-gateway", "waf",
			"tls-certificate", "oidc-sso", "database", "vpn-link", "nat-egress", "blue-green", "log-management",
			"monitoring", "alerts");

	private static final String[][] ENVIRONMENTS = { { "production", "PRODUCTION" },
			{ "pre-production", "PRE_PRODUCTION" } };

	private StatementBench() {
	}

	public static void main(String[] args) throws Exception {
		int items = Integer.getInteger("bench.statementItems", 500);
		int calls = Integer.getInteger("bench.statementCalls", 200);
		YearMonth month = YearMonth.of(2026, 11);
		List<String> report = new ArrayList<>();
		boolean pass = true;
		try (BenchApp app = BenchApp.start(Path.of(System.getProperty("bench.dataDir", "target/bench-data")), 1)) {
			Long customer = app.bean(Customers.class).customerNamed("Bench Corp").orElseThrow();
			seed(app.bean(JdbcTemplate.class), customer, items, month);
			Statements statements = app.bean(Statements.class);
			Caller caller = new Caller(null, app.user(0), "Bench", customer, Set.of(Role.REQUESTER));
			int lines = statements.statement(caller, customer, month).lines().size();
			report.add("Items: " + items + " seeded over 12 months; " + lines + " lines in " + month + "; " + calls
					+ " calls per row after " + calls + " warm-up calls, one at a time");
			Session session = new Session(app.baseUri()).signIn(app.user(0), app.password());
			report.add(Result.header());
			List<Result> results = List.of(
					measure("service statement", calls, () -> statements.statement(caller, customer, month)),
					measure("service page (12 mo)", calls, () -> statements.overview(caller, customer, month)),
					measure("http GET /statements", calls, () -> session.get("/api/v1/statements/" + month)),
					measure("http GET page", calls, () -> session.get("/billing/statement?month=" + month)));
			BenchFigures figures = BenchFigures.of("statement");
			for (Result result : results) {
				report.add(result.line());
				pass &= result.p99Millis() <= TARGET_MILLIS;
				figures.atMost(result.name().strip() + " p99, " + items + " items", result.p99Millis(), "ms", TARGET_MILLIS);
			}
		}
		System.out.println();
		System.out.println("=== Connect Desk: monthly statement, 500 components over 12 months ===");
		report.forEach(System.out::println);
		System.out.println(String.format("%-50s %s", "every p99 ms <= " + (int) TARGET_MILLIS, pass ? "PASS" : "MISS"));
		System.exit(0);
	}

	/** Items over the 12 months up to the month, a third removed along the way; a price and a rate change mid-month. */
	private static void seed(JdbcTemplate jdbc, Long customer, int items, YearMonth month) {
		LocalDate first = month.minusMonths(11).atDay(1);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			String[] environment = ENVIRONMENTS[i % ENVIRONMENTS.length];
			LocalDate from = first.plusDays((i * 7L) % 330);
			LocalDate until = i % 3 == 0 ? from.plusDays(20 + i % 60) : null;
			rows.add(new Object[] { customer, COMPONENTS.get(i % COMPONENTS.size()), environment[0], environment[1],
					"REQ-" + (10_000 + i), "{\"repositoryName\":\"r" + i + "\"}", Date.valueOf(from),
					until == null ? null : Date.valueOf(until), until == null ? null : "REQ-" + (20_000 + i) });
		}
		jdbc.batchUpdate("insert into inventory_item (customer_id, component_key, environment_key, environment_kind, "
				+ "activated_by, parameters_json, active_from, active_until, removed_by, version) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("insert into catalog_price (component_key, environment_kind, monthly_mru, effective_from, recorded_at) "
				+ "values ('container-service', 'PRODUCTION', ?, ?, ?)", new BigDecimal("11"), Date.valueOf(month.atDay(16)), now);
		jdbc.update("insert into mru_rate (usd_per_mru, effective_from, recorded_at) values (?, ?, ?)",
				new BigDecimal("27.5"), Date.valueOf(month.atDay(11)), now);
	}

	private static Result measure(String name, int calls, Callable<?> call) throws Exception {
		for (int i = 0; i < calls; i++) {
			call.call();
		}
		long[] nanos = new long[calls];
		long cpuBefore = processCpuNanos();
		long start = System.nanoTime();
		for (int i = 0; i < calls; i++) {
			long t0 = System.nanoTime();
			call.call();
			nanos[i] = System.nanoTime() - t0;
		}
		long elapsed = System.nanoTime() - start;
		long cpu = processCpuNanos() - cpuBefore;
		Arrays.sort(nanos);
		return new Result(name, 1, calls, 0, calls * 1e9 / elapsed, Result.percentile(nanos, 50) / 1e6,
				Result.percentile(nanos, 99) / 1e6, nanos[calls - 1] / 1e6, cpu / 1e6 / calls, List.of());
	}

	/** The whole JVM's CPU time: on a shared, loaded machine it moves much less than wall-clock figures. */
	private static long processCpuNanos() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

	/** A browser's session: signed in with the login form; every answer must be 200. */
	private static final class Session {

		private final URI base;

		private final HttpClient http;

		Session(URI base) {
			this.base = base;
			this.http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}

		Session signIn(String email, String password) throws Exception {
			this.http.send(HttpRequest.newBuilder(this.base.resolve("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
			String token = ((CookieManager) this.http.cookieHandler().orElseThrow()).getCookieStore()
				.getCookies()
				.stream()
				.filter(cookie -> cookie.getName().equals("CD-XSRF-TOKEN"))
				.findFirst()
				.orElseThrow()
				.getValue();
			String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8);
			HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(this.base.resolve("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-CD-XSRF-TOKEN", token)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
				throw new IllegalStateException("Sign-in failed: " + login.statusCode());
			}
			return this;
		}

		String get(String path) throws Exception {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.base.resolve(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode());
			}
			return response.body();
		}

	}

}

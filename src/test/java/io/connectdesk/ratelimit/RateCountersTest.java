package io.connectdesk.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import io.connectdesk.ratelimit.RateCounters.Limit;
import io.connectdesk.ratelimit.RateCounters.Verdict;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The counters' portable SQL on H2 and on a real PostgreSQL, with a clock the test moves. */
class RateCountersTest {

	private static EmbeddedPostgres postgres;

	private final MovableClock clock = new MovableClock();

	static Stream<String> databases() {
		return Stream.of("h2", "postgres");
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aBucketTakesItsMaximumPerWindowThenRefusesUntilTheWindowEnds(String database) {
		RateCounters counters = counters(database);
		List<Limit> limits = List.of(new Limit("api:address:198.51.100.1", 3, Duration.ofMinutes(1)));
		for (int hit = 0; hit < 3; hit++) {
			assertThat(counters.hit(limits).allowed()).isTrue();
		}
		this.clock.move(Duration.ofSeconds(20));

		Verdict refused = counters.hit(limits);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(40));

		this.clock.move(Duration.ofSeconds(40));
		assertThat(counters.hit(limits).allowed()).as("a new window").isTrue();
		assertThat(counters.read(List.of("api:address:198.51.100.1")).values()).singleElement()
			.satisfies(count -> assertThat(count.hits()).isOne());
	}

	@ParameterizedTest
	@MethodSource("databases")
	void oneStatementCountsSeveralBucketsAndAFullOneRefusesForAll(String database) {
		RateCounters counters = counters(database);
		Limit address = new Limit("api:address:198.51.100.2", 10, Duration.ofMinutes(1));
		Limit account = new Limit("api:account:Lou@Acme.example", 2, Duration.ofSeconds(30));
		assertThat(counters.hit(List.of(address, account)).allowed()).isTrue();
		assertThat(counters.hit(List.of(address, account)).allowed()).isTrue();

		Verdict refused = counters.hit(List.of(address, account));

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(30));
		Map<String, RateCounters.Count> counts = counters.read(List.of(address.bucket(), "api:account:lou@acme.example"));
		assertThat(counts.get(address.bucket()).hits()).as("a refused request counts nowhere").isEqualTo(2);
		assertThat(counts.get("api:account:lou@acme.example").hits()).isEqualTo(2);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void hitsFarFromTheLimitAreCountedInMemoryAndWrittenTogether(String database) {
		RateCounters counters = counters(database);
		List<Limit> limits = hitAndRead(counters, "api:address:198.51.100.5", 100); // far from full

		for (int hit = 0; hit < 9; hit++) {
			assertThat(counters.hit(limits).allowed()).isTrue();
		}
		assertThat(hits(counters, "api:address:198.51.100.5")).as("counted in memory").isOne();

		counters.writeLocalHits();
		assertThat(hits(counters, "api:address:198.51.100.5")).as("written together").isEqualTo(10);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void fromHalfFullEveryHitIsCountedInTheDatabaseAndTheLimitHoldsExactly(String database) {
		RateCounters counters = counters(database);
		// hits 2 and 3 are counted in memory (a tenth of the limit), then the rest at once
		List<Limit> limits = hitAndRead(counters, "api:address:198.51.100.6", 20);
		for (int hit = 1; hit < 20; hit++) {
			assertThat(counters.hit(limits).allowed()).as("hit " + (hit + 1)).isTrue();
		}

		assertThat(counters.hit(limits).allowed()).as("the 21st").isFalse();
		assertThat(hits(counters, "api:address:198.51.100.6")).isEqualTo(20);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void hitsCountedInMemoryBeginANewWindowWhereTheOldOneEnded(String database) {
		RateCounters counters = counters(database);
		List<Limit> limits = hitAndRead(counters, "api:address:198.51.100.7", 100);
		assertThat(counters.hit(limits).allowed()).isTrue();
		assertThat(counters.hit(limits).allowed()).isTrue();
		this.clock.move(Duration.ofMinutes(2));
		counters.forgetEndedWindows();

		counters.writeLocalHits();

		RateCounters.Count count = counters.read(List.of("api:address:198.51.100.7")).get("api:address:198.51.100.7");
		assertThat(count.hits()).isEqualTo(2);
		assertThat(count.windowEnds()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(1)));
	}

	@ParameterizedTest
	@MethodSource("databases")
	void failuresSlideTheirWindowAndCanBeForgotten(String database) {
		RateCounters counters = counters(database);
		String pair = "sign-in-failures:lou@acme.example|198.51.100.3";
		for (int failure = 0; failure < 3; failure++) {
			counters.fail(List.of(pair, "sign-in-failures:|198.51.100.3"), Duration.ofMinutes(15));
			this.clock.move(Duration.ofMinutes(10));
		}
		RateCounters.Count count = counters.read(List.of(pair)).get(pair);
		assertThat(count.hits()).isEqualTo(3);
		assertThat(count.reached(3, this.clock.instant())).as("still within 15 minutes of the last failure").isTrue();

		counters.forget(pair);

		assertThat(counters.read(List.of(pair))).isEmpty();
		assertThat(counters.read(List.of("sign-in-failures:|198.51.100.3"))).hasSize(1);
	}

	@ParameterizedTest
	@MethodSource("databases")
	void aLongBucketIsHashedIntoTheColumn(String database) {
		RateCounters counters = counters(database);
		String bucket = "api:account:" + "x".repeat(400) + "@example.test";
		assertThat(counters.hit(List.of(new Limit(bucket, 1, Duration.ofMinutes(1)))).allowed()).isTrue();
		assertThat(counters.hit(List.of(new Limit(bucket, 1, Duration.ofMinutes(1)))).allowed()).isFalse();
		assertThat(RateCounters.key(bucket)).hasSizeLessThanOrEqualTo(200);
	}

	/**
	 * Many first hits on buckets without a row at once, as after a restart or the clean-up of ended windows: each
	 * begins the window or finds it begun (H2 answers a racing insert with "duplicate key" or, while the other
	 * insert commits, with "concurrent update"), none fails, and every hit is counted.
	 */
	@ParameterizedTest
	@MethodSource("databases")
	void racingFirstHitsOnANewBucketAreEachCountedOnce(String database) throws Exception {
		RateCounters counters = counters(database);
		int threads = 8;
		int rounds = 150;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < rounds; round++) {
				List<Limit> limits = List.of(new Limit("api:address:race-" + round, 1000, Duration.ofMinutes(1)),
						new Limit("api:account:race-" + round, 1000, Duration.ofMinutes(1)));
				CyclicBarrier start = new CyclicBarrier(threads);
				List<Future<Verdict>> verdicts = new ArrayList<>();
				for (int i = 0; i < threads; i++) {
					verdicts.add(pool.submit(() -> {
						start.await();
						return counters.hit(limits);
					}));
				}
				for (Future<Verdict> verdict : verdicts) {
					assertThat(verdict.get().allowed()).as("round " + round).isTrue();
				}
				assertThat(hits(counters, "api:address:race-" + round)).as("round " + round).isEqualTo(threads);
				assertThat(hits(counters, "api:account:race-" + round)).as("round " + round).isEqualTo(threads);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A first hit on a bucket, counted in the database, and the write that reads the bucket back. */
	private static List<Limit> hitAndRead(RateCounters counters, String bucket, int max) {
		List<Limit> limits = List.of(new Limit(bucket, max, Duration.ofMinutes(1)));
		assertThat(counters.hit(limits).allowed()).isTrue();
		counters.writeLocalHits();
		return limits;
	}

	private static int hits(RateCounters counters, String bucket) {
		return counters.read(List.of(bucket)).get(bucket).hits();
	}

	private RateCounters counters(String database) {
		JdbcTemplate jdbc = new JdbcTemplate("h2".equals(database) ? h2() : postgres());
		jdbc.execute("drop table if exists rate_counter");
		try {
			String script = new ClassPathResource("db/migration/V34__rate_counters.sql").getContentAsString(StandardCharsets.UTF_8);
			Stream.of(script.replaceAll("(?m)^--.*$", "").split(";")).filter(sql -> !sql.isBlank()).forEach(jdbc::execute);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return new RateCounters(jdbc, this.clock);
	}

	private static DataSource h2() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:counters-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		return h2;
	}

	private static DataSource postgres() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return postgres.getPostgresDatabase();
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-12-06T10:00:00Z");

		void move(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}

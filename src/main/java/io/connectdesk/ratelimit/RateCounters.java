package io.connectdesk.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.database.LosableWrites;

/**
 * Counters in the database, shared by every node: one row per bucket (e.g. an address on the API)
 * with its hits and the end of its window. {@link #hit} counts a request on several buckets with ONE
 * conditional {@code UPDATE}, on all of them or on none, while their rows exist (the usual case); a bucket
 * without a row costs a read, an insert of the empty row and the update again, a refusal a read. Hits on a
 * bucket this node knows to be far from full are counted in memory instead and written together every
 * {@code connectdesk.rate-limits.write-interval} ({@link LocalHits}, which says what that may let through).
 * Portable SQL (H2 2.x and PostgreSQL), run outside any caller's transaction so a refused or racing insert
 * never spoils it. A hit does not wait for H2's file ({@link LosableWrites}): a hit lost with the process lets
 * a client make one request more.
 */
@Component
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class RateCounters {

	private static final int MAX_BUCKET_LENGTH = 200;

	/** How often a hit begins missing windows and counts again before it is let through uncounted. */
	private static final int ATTEMPTS = 3;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final LocalHits local = new LocalHits();

	RateCounters(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** At most {@code max} hits on {@code bucket} in each fixed window of that length. */
	public record Limit(String bucket, int max, Duration window) {

		public Limit {
			bucket = key(bucket);
		}

	}

	/** Whether a hit was within every limit, and if not, how long until the fullest window ends. */
	public record Verdict(boolean allowed, Duration retryAfter) {

		static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

	}

	/** A bucket's count and the end of its window. */
	public record Count(int hits, Instant windowEnds) {

		public boolean reached(int max, Instant now) {
			return this.hits >= max && now.isBefore(this.windowEnds);
		}

	}

	/** Counts one hit on every bucket, or, when one of them is full, on none (a refused request costs nothing). */
	public Verdict hit(List<Limit> limits) {
		if (this.local.take(limits, this.clock.instant())) {
			return Verdict.ALLOWED;
		}
		return LosableWrites.run(() -> {
			write(this.local.drain(limits)); // this node's own hits first, so that the count is whole
			Verdict verdict = hit(limits, 0);
			if (verdict.allowed()) {
				this.local.track(limits);
			}
			return verdict;
		});
	}

	/** Writes the hits counted in memory, and reads the buckets they were counted on. */
	@Scheduled(fixedDelayString = "${connectdesk.rate-limits.write-interval:PT0.1S}")
	void writeLocalHits() {
		if (this.local.isEmpty()) {
			return;
		}
		LosableWrites.run(() -> {
			Map<String, LocalHits.Unwritten> drained = this.local.drain();
			write(drained);
			if (!drained.isEmpty()) {
				this.local.learn(read(List.copyOf(drained.keySet())));
			}
			return null;
		});
	}

	/**
	 * Counts a failure on every bucket, as {@link #hit} counts a hit (on all of them or on none, missing rows begun
	 * empty first); each failure keeps a bucket's count alive for {@code keep} more (a sliding window: the count
	 * starts again only after {@code keep} without failures).
	 */
	public void fail(List<String> buckets, Duration keep) {
		List<String> keys = buckets.stream().map(RateCounters::key).distinct().toList();
		Instant now = this.clock.instant();
		for (int attempt = 0; attempt <= ATTEMPTS; attempt++) {
			int updated = this.jdbc.update(CounterStatements.fail(keys.size()),
					statement -> CounterStatements.bindFail(statement, keys, now, now.plus(keep)));
			if (updated == keys.size()) {
				return;
			}
			Map<String, Count> existing = read(keys);
			keys.stream().filter(key -> !existing.containsKey(key)).forEach(key -> insertOrIgnore(key, 0, now.plus(keep)));
		}
	}

	/** The counts of those buckets that have a row (ended windows included). */
	public Map<String, Count> read(List<String> buckets) {
		List<String> keys = buckets.stream().map(RateCounters::key).distinct().toList();
		Map<String, Count> counts = new LinkedHashMap<>();
		this.jdbc.query("select bucket, hits, window_ends from rate_counter where bucket in ("
				+ CounterStatements.marks(keys.size()) + ")",
				row -> {
					counts.put(row.getString(1), new Count(row.getInt(2), row.getObject(3, OffsetDateTime.class).toInstant()));
				}, keys.toArray());
		return Collections.unmodifiableMap(counts);
	}

	public void forget(String bucket) {
		this.jdbc.update("delete from rate_counter where bucket = ?", key(bucket));
	}

	/** Ended windows are worth nothing: a bucket without a row starts a new one. */
	@Scheduled(fixedDelayString = "${connectdesk.rate-limits.cleanup-interval:PT5M}")
	void forgetEndedWindows() {
		this.jdbc.update("delete from rate_counter where window_ends < ?", CounterStatements.at(this.clock.instant()));
	}

	/** The bucket's key as stored: lower case, hashed when longer than the column. */
	public static String key(String bucket) {
		String lower = bucket.toLowerCase(Locale.ROOT);
		if (lower.length() <= MAX_BUCKET_LENGTH) {
			return lower;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(lower.getBytes(StandardCharsets.UTF_8));
			return lower.substring(0, MAX_BUCKET_LENGTH - 65) + "#" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The exact count: one statement counts the hit on every bucket or on none. When it counted none, either a
	 * bucket is full (refused), or some have no row yet: those begin their window empty (a racing request or
	 * node may begin it first) and the statement runs again. The clean-up may delete a row meanwhile, hence the
	 * few attempts; a hit that could not be counted after them is let through.
	 */
	private Verdict hit(List<Limit> limits, int attempt) {
		Instant now = this.clock.instant();
		int updated = this.jdbc.update(CounterStatements.hit(limits.size()),
				statement -> CounterStatements.bindHit(statement, limits, now));
		if (updated == limits.size()) {
			return Verdict.ALLOWED;
		}
		Map<String, Count> existing = read(limits.stream().map(Limit::bucket).toList());
		Duration wait = longestWait(limits, existing, now);
		if (!wait.isZero()) {
			return new Verdict(false, wait); // a full bucket: nothing was counted
		}
		if (attempt == ATTEMPTS) {
			return Verdict.ALLOWED;
		}
		limits.stream()
			.filter(limit -> !existing.containsKey(limit.bucket()))
			.forEach(limit -> insertOrIgnore(limit.bucket(), 0, now.plus(limit.window())));
		return hit(limits, attempt + 1);
	}

	private static Duration longestWait(List<Limit> limits, Map<String, Count> counts, Instant now) {
		Duration wait = Duration.ZERO;
		for (Limit limit : limits) {
			Count count = counts.get(limit.bucket());
			if (count != null && count.reached(limit.max(), now)) {
				Duration left = Duration.between(now, count.windowEnds());
				wait = left.compareTo(wait) > 0 ? left : wait;
			}
		}
		return wait;
	}

	/** Adds hits counted in memory to their buckets (a new window where the old one ended), in one batch. */
	private void write(Map<String, LocalHits.Unwritten> unwritten) {
		List<Map.Entry<String, LocalHits.Unwritten>> hits = unwritten.entrySet()
			.stream()
			.filter(entry -> entry.getValue().hits() > 0)
			.toList();
		if (hits.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		int[][] updated = this.jdbc.batchUpdate(CounterStatements.ADD_HITS, hits, hits.size(),
				(statement, entry) -> CounterStatements.bindAdd(statement, entry, now));
		for (int i = 0; i < hits.size(); i++) {
			Map.Entry<String, LocalHits.Unwritten> entry = hits.get(i);
			if (updated[0][i] == 0 && !insertOrIgnore(entry.getKey(), entry.getValue().hits(),
					now.plus(entry.getValue().window()))) {
				// another node began the window meanwhile
				this.jdbc.update(CounterStatements.ADD_HITS, statement -> CounterStatements.bindAdd(statement, entry, now));
			}
		}
	}

	/**
	 * Begins a bucket's window unless a racing request or node began it first. H2 answers that race with a
	 * duplicate key, or, while the other insert is being committed, with "concurrent update" (error 90131, which
	 * Spring leaves uncategorized); any refusal is taken as that race, since the statement that follows counts on
	 * the row, and fails in its turn if the database does.
	 */
	private boolean insertOrIgnore(String key, int hits, Instant windowEnds) {
		try {
			this.jdbc.update("insert into rate_counter (bucket, hits, window_ends) values (?, ?, ?)", key, hits,
					CounterStatements.at(windowEnds));
			return true;
		}
		catch (DataAccessException racedOrRefused) {
			return false;
		}
	}

}

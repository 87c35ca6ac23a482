package io.connectdesk.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.database.LosableWrites;

/**
 * Counters in the database, shared by every node: one row per bucket (e.g. an address on the API)
 * with its hits and the end of its window. {@link #hit} counts a request on several buckets with ONE
 * conditional {@code UPDATE} while their rows exist (the usual case); only the first hit of a window
 * or a refusal costs a read and an insert. Hits on a bucket this node knows to be far from full are
 * counted in memory instead and written together every {@code connectdesk.rate-limits.write-interval}
 * ({@link LocalHits}, which says what that may let through). Portable SQL (H2 2.x and PostgreSQL), run
 * outside any caller's transaction so a refused or racing insert never spoils it. A hit does not wait for
 * H2's file ({@link LosableWrites}): a hit lost with the process lets a client make one request more.
 */
@Component
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class RateCounters {

	private static final int MAX_BUCKET_LENGTH = 200;

	/** Adds hits counted in memory to a bucket, beginning a new window where the old one ended. */
	private static final String ADD_HITS = "update rate_counter set hits = case when window_ends <= ? then ? else "
			+ "hits + ? end, window_ends = case when window_ends <= ? then ? else window_ends end where bucket = ?";

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
	 * Counts a failure on every bucket; each failure keeps a bucket's count alive for {@code keep}
	 * more (a sliding window: the count starts again only after {@code keep} without failures).
	 */
	public void fail(List<String> buckets, Duration keep) {
		List<String> keys = buckets.stream().map(RateCounters::key).distinct().toList();
		Instant now = this.clock.instant();
		String sql = "update rate_counter set hits = case when window_ends <= ? then 1 else hits + 1 end, "
				+ "window_ends = ? where bucket in (" + marks(keys.size()) + ")";
		int updated = this.jdbc.update(sql, statement -> {
			statement.setObject(1, at(now));
			statement.setObject(2, at(now.plus(keep)));
			for (int i = 0; i < keys.size(); i++) {
				statement.setString(3 + i, keys.get(i));
			}
		});
		if (updated < keys.size()) {
			Map<String, Count> existing = read(keys);
			keys.stream().filter(key -> !existing.containsKey(key)).forEach(key -> insertOrIgnore(key, now.plus(keep)));
		}
	}

	/** The counts of those buckets that have a row (ended windows included). */
	public Map<String, Count> read(List<String> buckets) {
		List<String> keys = buckets.stream().map(RateCounters::key).distinct().toList();
		Map<String, Count> counts = new LinkedHashMap<>();
		this.jdbc.query("select bucket, hits, window_ends from rate_counter where bucket in (" + marks(keys.size()) + ")",
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
		this.jdbc.update("delete from rate_counter where window_ends < ?", at(this.clock.instant()));
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

	private Verdict hit(List<Limit> limits, int attempt) {
		Instant now = this.clock.instant();
		int updated = this.jdbc.update(hitStatement(limits.size()), statement -> bindHit(statement, limits, now));
		if (updated == limits.size()) {
			return Verdict.ALLOWED;
		}
		Map<String, Count> existing = read(limits.stream().map(Limit::bucket).toList());
		Duration wait = updated > 0 ? Duration.ZERO : longestWait(limits, existing, now); // updated: none was full
		if (!wait.isZero()) {
			return new Verdict(false, wait); // a full bucket: nothing was counted
		}
		for (Limit limit : limits) { // the rows that exist took their hit; the missing ones begin a window
			if (!existing.containsKey(limit.bucket()) && !insertOrIgnore(limit.bucket(), now.plus(limit.window()))) {
				return attempt == 0 ? hit(limits, 1) : Verdict.ALLOWED; // another node began it meanwhile
			}
		}
		return Verdict.ALLOWED;
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

	/**
	 * Counts a hit on every bucket (a new window where the old one ended), but only while none of them
	 * is full: the update count is then the number of rows that exist, and 0 when a bucket is full.
	 */
	private static String hitStatement(int buckets) {
		String cases = String.join(" ", Collections.nCopies(buckets, "when ? then cast(? as %s)"));
		return "update rate_counter set hits = case when window_ends <= ? then 1 else hits + 1 end, "
				+ "window_ends = case when window_ends <= ? then case bucket " + cases.formatted(rep("timestamp with time zone", buckets))
				+ " end else window_ends end where bucket in (" + marks(buckets) + ") and not exists (select 1 from rate_counter "
				+ "full_one where full_one.bucket in (" + marks(buckets) + ") and full_one.window_ends > ? and full_one.hits >= "
				+ "case full_one.bucket " + cases.formatted(rep("integer", buckets)) + " end)";
	}

	private static void bindHit(PreparedStatement statement, List<Limit> limits, Instant now) throws SQLException {
		List<Object> values = new ArrayList<>(List.of(at(now), at(now)));
		limits.forEach(limit -> values.addAll(List.of(limit.bucket(), at(now.plus(limit.window())))));
		limits.forEach(limit -> values.add(limit.bucket()));
		limits.forEach(limit -> values.add(limit.bucket()));
		values.add(at(now));
		limits.forEach(limit -> values.addAll(List.of(limit.bucket(), limit.max())));
		for (int i = 0; i < values.size(); i++) {
			statement.setObject(i + 1, values.get(i));
		}
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
		int[][] updated = this.jdbc.batchUpdate(ADD_HITS, hits, hits.size(), (statement, entry) -> bindAdd(statement, entry, now));
		for (int i = 0; i < hits.size(); i++) {
			Map.Entry<String, LocalHits.Unwritten> entry = hits.get(i);
			if (updated[0][i] == 0 && !insertOrIgnore(entry.getKey(), entry.getValue().hits(),
					now.plus(entry.getValue().window()))) {
				// another node began the window meanwhile
				this.jdbc.update(ADD_HITS, statement -> bindAdd(statement, entry, now));
			}
		}
	}

	private static void bindAdd(PreparedStatement statement, Map.Entry<String, LocalHits.Unwritten> entry, Instant now)
			throws SQLException {
		int hits = entry.getValue().hits();
		statement.setObject(1, at(now));
		statement.setInt(2, hits);
		statement.setInt(3, hits);
		statement.setObject(4, at(now));
		statement.setObject(5, at(now.plus(entry.getValue().window())));
		statement.setString(6, entry.getKey());
	}

	private boolean insertOrIgnore(String key, Instant windowEnds) {
		return insertOrIgnore(key, 1, windowEnds);
	}

	private boolean insertOrIgnore(String key, int hits, Instant windowEnds) {
		try {
			this.jdbc.update("insert into rate_counter (bucket, hits, window_ends) values (?, ?, ?)", key, hits,
					at(windowEnds));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private static Object[] rep(String type, int times) {
		return Collections.nCopies(times, type).toArray();
	}

	private static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}

package io.connectdesk.ratelimit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.connectdesk.ratelimit.RateCounters.Limit;

/**
 * The counters' updates (a hit, a failure, hits counted in memory) and their parameters, in portable SQL (H2 2.x
 * and PostgreSQL): {@link RateCounters} decides when each runs.
 */
final class CounterStatements {

	/** Adds hits counted in memory to a bucket, beginning a new window where the old one ended. */
	static final String ADD_HITS = "update rate_counter set hits = case when window_ends <= ? then ? else "
			+ "hits + ? end, window_ends = case when window_ends <= ? then ? else window_ends end where bucket = ?";

	private CounterStatements() {
	}

	/**
	 * Counts a hit on every bucket (a new window where the old one ended), but only while every one of them
	 * has a row and none of them is full: the update count is then the number of buckets, else 0, so a hit is
	 * counted on all of them or on none.
	 */
	static String hit(int buckets) {
		String cases = String.join(" ", Collections.nCopies(buckets, "when ? then cast(? as %s)"));
		return "update rate_counter set hits = case when window_ends <= ? then 1 else hits + 1 end, "
				+ "window_ends = case when window_ends <= ? then case bucket " + cases.formatted(rep("timestamp with time zone", buckets))
				+ " end else window_ends end where bucket in (" + marks(buckets) + ") and not exists (select 1 from rate_counter "
				+ "full_one where full_one.bucket in (" + marks(buckets) + ") and full_one.window_ends > ? and full_one.hits >= "
				+ "case full_one.bucket " + cases.formatted(rep("integer", buckets)) + " end)" + everyRow(buckets);
	}

	/**
	 * Counts a failure on every bucket, or on none while one of them has no row; each failure moves the bucket's
	 * window end to {@code keep} from now (a sliding window: the count starts again only after that long without one).
	 */
	static String fail(int buckets) {
		return "update rate_counter set hits = case when window_ends <= ? then 1 else hits + 1 end, window_ends = ? "
				+ "where bucket in (" + marks(buckets) + ")" + everyRow(buckets);
	}

	static void bindFail(PreparedStatement statement, List<String> keys, Instant now, Instant windowEnds)
			throws SQLException {
		statement.setObject(1, at(now));
		statement.setObject(2, at(windowEnds));
		for (int i = 0; i < keys.size(); i++) {
			statement.setString(3 + i, keys.get(i));
			statement.setString(3 + keys.size() + i, keys.get(i));
		}
	}

	/** The condition that every one of the buckets has a row: the buckets' keys are bound once more for it. */
	private static String everyRow(int buckets) {
		return " and (select count(*) from rate_counter every_one where every_one.bucket in (" + marks(buckets) + ")) = "
				+ buckets;
	}

	static void bindHit(PreparedStatement statement, List<Limit> limits, Instant now) throws SQLException {
		List<Object> values = new ArrayList<>(List.of(at(now), at(now)));
		limits.forEach(limit -> values.addAll(List.of(limit.bucket(), at(now.plus(limit.window())))));
		limits.forEach(limit -> values.add(limit.bucket()));
		limits.forEach(limit -> values.add(limit.bucket()));
		values.add(at(now));
		limits.forEach(limit -> values.addAll(List.of(limit.bucket(), limit.max())));
		limits.forEach(limit -> values.add(limit.bucket()));
		for (int i = 0; i < values.size(); i++) {
			statement.setObject(i + 1, values.get(i));
		}
	}

	static void bindAdd(PreparedStatement statement, Map.Entry<String, LocalHits.Unwritten> entry, Instant now)
			throws SQLException {
		int hits = entry.getValue().hits();
		statement.setObject(1, at(now));
		statement.setInt(2, hits);
		statement.setInt(3, hits);
		statement.setObject(4, at(now));
		statement.setObject(5, at(now.plus(entry.getValue().window())));
		statement.setString(6, entry.getKey());
	}

	static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Object[] rep(String type, int times) {
		return Collections.nCopies(times, type).toArray();
	}

}

package io.connectdesk.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.connectdesk.ratelimit.RateCounters.Count;
import io.connectdesk.ratelimit.RateCounters.Limit;

/**
 * This node's hits on buckets it knows to be far from full: counted in memory and written to the
 * database together by {@link RateCounters#writeLocalHits()}, instead of one statement per request. A
 * bucket is counted here only while, as last read plus this node's unwritten hits, it stays at most half
 * full, and only up to a tenth of its maximum between two writes: from half full on, every hit is counted
 * in the database at once, so a limit holds as exactly as before. What other nodes counted since the last
 * read is not seen until the next one, and a node that dies loses its unwritten hits (at most a tenth of a
 * limit), which lets a client make that many requests more.
 */
final class LocalHits {

	private final Map<String, Bucket> buckets = new HashMap<>();

	/**
	 * Counts a hit on every bucket here, or on none when one of them is not known, its window ended, or the
	 * hit would take it over half full or over its share between writes.
	 * @return whether the hit was counted
	 */
	synchronized boolean take(List<Limit> limits, Instant now) {
		for (Limit limit : limits) {
			Bucket bucket = this.buckets.get(limit.bucket());
			if (bucket == null || !bucket.roomFor(limit, now)) {
				return false;
			}
		}
		for (Limit limit : limits) {
			Bucket bucket = this.buckets.get(limit.bucket());
			bucket.unwritten++;
			bucket.hit = true;
		}
		return true;
	}

	/**
	 * Buckets just counted in the database: what this node read of them is out of date until the next
	 * write reads them again; after that, hits can be counted here.
	 */
	synchronized void track(List<Limit> limits) {
		for (Limit limit : limits) {
			Bucket bucket = this.buckets.computeIfAbsent(limit.bucket(), key -> new Bucket(limit.window()));
			bucket.known = null;
			bucket.hit = true;
		}
	}

	/** Takes the unwritten hits on these buckets, before they are counted in the database at once. */
	synchronized Map<String, Unwritten> drain(List<Limit> limits) {
		Map<String, Unwritten> drained = new HashMap<>();
		for (Limit limit : limits) {
			Bucket bucket = this.buckets.get(limit.bucket());
			if (bucket != null && bucket.unwritten > 0) {
				drained.put(limit.bucket(), new Unwritten(bucket.unwritten, bucket.window));
				bucket.unwritten = 0;
			}
		}
		return drained;
	}

	/**
	 * Takes every bucket's unwritten hits, and forgets the buckets not hit since the last write.
	 * @return bucket → its unwritten hits (zero for a bucket only to be read again) and the length of its window
	 */
	synchronized Map<String, Unwritten> drain() {
		Map<String, Unwritten> drained = new HashMap<>();
		for (Iterator<Map.Entry<String, Bucket>> entries = this.buckets.entrySet().iterator(); entries.hasNext();) {
			Map.Entry<String, Bucket> entry = entries.next();
			Bucket bucket = entry.getValue();
			if (!bucket.hit) {
				entries.remove();
				continue;
			}
			drained.put(entry.getKey(), new Unwritten(bucket.unwritten, bucket.window));
			bucket.unwritten = 0;
			bucket.hit = false;
		}
		return drained;
	}

	/** The counts as the database has them now, with this node's drained hits in them. */
	synchronized void learn(Map<String, Count> counts) {
		for (Map.Entry<String, Bucket> entry : this.buckets.entrySet()) {
			Count count = counts.get(entry.getKey());
			entry.getValue().known = count;
		}
	}

	synchronized boolean isEmpty() {
		return this.buckets.isEmpty();
	}

	/** Hits counted here and not yet written, and the window a bucket without a row begins with them. */
	record Unwritten(int hits, Duration window) {
	}

	private static final class Bucket {

		private final Duration window;

		/** The bucket as the database had it at the last read; null before the first. */
		private Count known;

		private int unwritten;

		/** Hit since the last write: a bucket nobody hits is forgotten. */
		private boolean hit;

		Bucket(Duration window) {
			this.window = window;
		}

		boolean roomFor(Limit limit, Instant now) {
			if (this.known == null || !now.isBefore(this.known.windowEnds())) {
				return false;
			}
			int after = this.known.hits() + this.unwritten + 1;
			return 2L * after <= limit.max() && 10L * (this.unwritten + 1) <= limit.max();
		}

	}

}

package io.connectdesk.workflow;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.camunda.bpm.engine.impl.cfg.IdGenerator;

/**
 * The engine's row ids: 19 characters that sort in the order they were made. The first 9 carry 54 bits: the
 * Unix milliseconds (42 bits, enough until 2109) and a 12-bit counter that keeps the ids of one node strictly
 * increasing within a millisecond; the last 10 carry 60 random bits, which keep two nodes' ids of the same
 * millisecond apart. Six bits per character, from an alphabet in ASCII order, so the text sorts like the
 * number.
 * <p>
 * Why (docs/filing-performance.md, sections 11 and 18): ids that grow with time put new rows at the right edge
 * of the indexes on id columns, where the commits stored together share their pages; the starter's default
 * UUIDs begin with the fastest-moving bits of the time and land on a random page. And the ids are short: a
 * filing writes about forty of them into the engine's rows and indexes, each column of up to 64 characters,
 * and on H2 every store rewrites the pages that hold them. A UUID's text is 36 characters for 122 bits. The
 * ids need no coordination between nodes. They are not secrets: every engine object is reached only through
 * authorization.
 */
final class TimeOrderedIds implements IdGenerator {

	/** 64 URL-safe characters in ASCII order. */
	static final String ALPHABET = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

	static final int LENGTH = 19;

	private static final int COUNTER_BITS = 12;

	private static final int STAMP_CHARS = 9;

	private final LongSupplier millis;

	/** The last id's milliseconds and counter, as {@code millis << 12 | counter}. */
	private final AtomicLong last = new AtomicLong();

	TimeOrderedIds() {
		this(System::currentTimeMillis);
	}

	TimeOrderedIds(LongSupplier millis) {
		this.millis = millis;
	}

	@Override
	public String getNextId() {
		long now = this.millis.getAsLong() << COUNTER_BITS;
		// strictly increasing: a millisecond's 4096 ids used up, or a clock set back, borrow from the next one
		long stamp = this.last.updateAndGet(previous -> Math.max(previous + 1, now));
		char[] id = new char[LENGTH];
		write(id, 0, STAMP_CHARS, stamp);
		write(id, STAMP_CHARS, LENGTH - STAMP_CHARS, ThreadLocalRandom.current().nextLong());
		return new String(id);
	}

	/** The lowest {@code 6 * count} bits of {@code bits}, most significant first. */
	private static void write(char[] id, int from, int count, long bits) {
		for (int i = from + count - 1; i >= from; i--) {
			id[i] = ALPHABET.charAt((int) (bits & 63));
			bits >>>= 6;
		}
	}

}

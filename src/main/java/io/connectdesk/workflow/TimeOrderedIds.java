package io.connectdesk.workflow;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.camunda.bpm.engine.impl.cfg.IdGenerator;

/**
 * The engine's row ids as time-ordered UUIDs (version 7, RFC 9562): 48 bits of Unix milliseconds, a 12-bit
 * counter that keeps the ids of one node strictly increasing within a millisecond, then 62 random bits.
 * <p>
 * Why (docs/filing-performance.md, section 11): the starter's default ids are version 1 UUIDs, whose text
 * begins with the fastest-moving bits of the time, so every new row lands on a random page of its table's
 * primary key and of each index on an id column (process instance, execution, task). Every commit then
 * dirties pages of its own, which the database rewrites at the next store. Ids that grow with time put new
 * rows at the right edge of those indexes, where the commits stored together share their pages. The ids
 * need no coordination between nodes: two nodes' ids interleave by the millisecond and differ in their
 * random bits. They are not secrets: every engine object is reached only through authorization.
 */
final class TimeOrderedIds implements IdGenerator {

	private static final int COUNTER_BITS = 12;

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
		long high = (stamp >>> COUNTER_BITS) << 16 | 0x7000L | (stamp & 0xFFFL);
		long low = ThreadLocalRandom.current().nextLong() >>> 2 | 0x8000_0000_0000_0000L;
		return new UUID(high, low).toString();
	}

}

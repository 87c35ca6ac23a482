package io.connectdesk.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.scheduling.support.CronExpression;

/** When a periodic job was due: the same instant on every node, whichever moment its scheduler fired. */
public final class DueTimes {

	private DueTimes() {
	}

	/** Looks back this far, a short window first, so a frequent schedule is not walked for a year. */
	private static final Duration[] LOOK_BACK = { Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1),
			Duration.ofDays(32), Duration.ofDays(400) };

	/** The latest time the cron expression names at or before {@code now} (in the last 400 days). */
	public static Instant latest(CronExpression cron, ZoneId zone, Instant now) {
		ZonedDateTime at = now.atZone(zone);
		for (Duration back : LOOK_BACK) {
			ZonedDateTime due = null;
			for (ZonedDateTime next = cron.next(at.minus(back)); next != null && !next.isAfter(at); next = cron.next(next)) {
				due = next;
			}
			if (due != null) {
				return due.toInstant();
			}
		}
		throw new IllegalArgumentException("The schedule " + cron + " was never due in the last 400 days before " + now);
	}

}

package io.connectdesk.sla.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The server-side text of a due time's countdown ({@code templates/sla/countdown.html}); the page's
 * script keeps it running. As {@code @slaCountdown} in templates.
 */
@Component("slaCountdown")
public class Countdown {

	private final Clock clock;

	Countdown(Clock clock) {
		this.clock = clock;
	}

	/** How long until the due time, or how long past it. */
	public Left left(Instant dueAt) {
		Duration left = Duration.between(this.clock.instant(), dueAt);
		Duration size = left.abs();
		return new Left(left.isNegative(), size.toHours(), size.toMinutesPart());
	}

	/** @param overdue whether the due time has passed: then hours and minutes say by how much */
	public record Left(boolean overdue, long hours, int minutes) {

		public String key() {
			return this.overdue ? "sla.due.over" : "sla.due.in";
		}

	}

}

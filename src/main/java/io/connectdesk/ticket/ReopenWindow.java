package io.connectdesk.ticket;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * When a ticket was resolved and until when its requester may reopen it; both {@code null} while the
 * ticket is not resolved. A value: resolving opens a new window, reopening clears it.
 */
@Embeddable
class ReopenWindow {

	private Instant resolvedAt;

	private Instant reopenableUntil;

	protected ReopenWindow() {
	}

	private ReopenWindow(Instant resolvedAt, Instant reopenableUntil) {
		this.resolvedAt = resolvedAt;
		this.reopenableUntil = reopenableUntil;
	}

	/** The window that starts at the resolution. */
	static ReopenWindow from(Instant resolvedAt, Duration length) {
		return new ReopenWindow(resolvedAt, resolvedAt.plus(length));
	}

	/** Not resolved: the columns are all empty, which is how a ticket row without a resolution loads. */
	static ReopenWindow none() {
		return new ReopenWindow();
	}

	/** Whether the window has ended at that time; only asked of a resolved ticket's window. */
	boolean endedAt(Instant now) {
		return now.isAfter(this.reopenableUntil);
	}

	Instant getResolvedAt() {
		return this.resolvedAt;
	}

	Instant getReopenableUntil() {
		return this.reopenableUntil;
	}

}

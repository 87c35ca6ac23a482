package io.connectdesk.quota;

import java.time.Instant;
import java.util.Comparator;

/**
 * One line of a period's history.
 *
 * @param who who filed the ticket (taken, refused) or gave the slot back
 * @param reason why the slot went back; {@code null} for the other kinds
 */
public record QuotaEvent(Instant at, Kind kind, String ticketId, String who, SlotReturn reason)
		implements Comparable<QuotaEvent> {

	private static final Comparator<QuotaEvent> ORDER = Comparator.comparing(QuotaEvent::at)
		.thenComparing(QuotaEvent::kind)
		.thenComparing(QuotaEvent::ticketId);

	@Override
	public int compareTo(QuotaEvent other) {
		return ORDER.compare(this, other);
	}

	public enum Kind {

		/** An urgent ticket took a slot. */
		TAKEN,
		/** The slot went back to the period. */
		RETURNED,
		/** An urgent ticket found no slot left and was filed as normal. */
		REFUSED

	}

}

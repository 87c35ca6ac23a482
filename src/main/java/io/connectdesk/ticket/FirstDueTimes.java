package io.connectdesk.ticket;

import java.time.Instant;
import java.util.Optional;

/**
 * The due times a ticket about to be filed will get, asked before its row is first written (the sla module answers;
 * it shows them again, the same, once the filing's first timeline line starts the clock). Without it the row was
 * written twice: inserted without due times, then updated with them, which moved the ticket in each of the seven
 * queue indexes that end with the due time (docs/filing-performance.md, section 10).
 */
public interface FirstDueTimes {

	/**
	 * @param ticket the ticket about to be filed; its {@code id} is {@code null}
	 * @return its due times, or empty when none are known yet
	 */
	Optional<Due> of(TicketFacts ticket);

	/** @param nextDueAt the due time that comes next; {@code null} when none runs */
	record Due(Instant responseDueAt, Instant resolutionDueAt, Instant nextDueAt) {
	}

}

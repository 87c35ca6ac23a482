package io.connectdesk.sla;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.connectdesk.ticket.FirstDueTimes;
import io.connectdesk.ticket.TicketFacts;

/**
 * Tells the ticket module the due times a ticket will get before its row is first written: those of the clock
 * that its filing's first timeline line then starts ({@link ServiceLevels#start}), from the same facts, contract
 * and calendar, so that showing them again changes nothing.
 */
@Component
class FilingForecast implements FirstDueTimes {

	private final ServiceLevels serviceLevels;

	FilingForecast(ServiceLevels serviceLevels) {
		this.serviceLevels = serviceLevels;
	}

	@Override
	public Optional<Due> of(TicketFacts ticket) {
		ServiceLevelClock clock = this.serviceLevels.clockOf(ticket);
		return Optional.of(new Due(clock.getResponseDueAt(), clock.getResolutionDueAt(), clock.nextDueAt()));
	}

}

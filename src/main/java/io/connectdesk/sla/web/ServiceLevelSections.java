package io.connectdesk.sla.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;
import io.connectdesk.queue.QueuePageSection;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketPageSection;
import io.connectdesk.web.PageSection;

/**
 * Service levels on other modules' pages, from this module's {@code sla/countdown} template: the
 * ticket's due times among its facts, and the next due time as a column of the queue.
 */
final class ServiceLevelSections {

	private static final String TEMPLATE = "sla/countdown";

	private ServiceLevelSections() {
	}

	/** Each target's countdown while the ticket is open, else when it was met. */
	@Component
	static class OnTicketPage implements TicketPageSection {

		@Override
		public Optional<PageSection> on(TicketDetail ticket, Caller caller) {
			return Optional.of(new PageSection(TEMPLATE, "facts", ticket));
		}

		@Override
		public Place place() {
			return Place.FACTS;
		}

	}

	/** The queue's "due" column: the countdown to each ticket's next due time. */
	@Component
	static class OnQueuePage implements QueuePageSection {

		@Override
		public Optional<PageSection> on(Caller caller) {
			return Optional.of(new PageSection(TEMPLATE, "queueColumn", "sla.due"));
		}

		@Override
		public Place place() {
			return Place.COLUMN;
		}

	}

}

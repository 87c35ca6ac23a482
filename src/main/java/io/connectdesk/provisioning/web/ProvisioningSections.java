package io.connectdesk.provisioning.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.provisioning.ItemView;
import io.connectdesk.provisioning.TicketProvisioning;
import io.connectdesk.queue.QueuePageSection;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketPageSection;
import io.connectdesk.web.PageSection;

/**
 * Provisioning on other modules' pages, from this module's {@code provisioning/items} template: a
 * ticket's items on its page, and the items that need an SRE on the queue.
 */
final class ProvisioningSections {

	private static final String TEMPLATE = "provisioning/items";

	private ProvisioningSections() {
	}

	/** Nothing to show, or nothing the caller may see. */
	private static Optional<PageSection> section(String fragment, Supplier<List<ItemView>> items,
			Function<List<ItemView>, Object> data) {
		try {
			List<ItemView> found = items.get();
			return found.isEmpty() ? Optional.empty() : Optional.of(new PageSection(TEMPLATE, fragment, data.apply(found)));
		}
		catch (DeskException notVisible) {
			return Optional.empty();
		}
	}

	/** The ticket's provisioning items, with the SRE's retry, checklist and cancel forms. */
	@Component
	static class OnTicketPage implements TicketPageSection {

		private final TicketProvisioning provisioning;

		OnTicketPage(TicketProvisioning provisioning) {
			this.provisioning = provisioning;
		}

		@Override
		public Optional<PageSection> on(TicketDetail ticket, Caller caller) {
			return section("ticketSection", () -> this.provisioning.items(ticket.id(), caller),
					items -> new TicketItems(items, ticket.id(), caller.isStaff()));
		}

	}

	/** Failed or waiting items of every ticket in the queue. */
	@Component
	static class OnQueuePage implements QueuePageSection {

		private final TicketProvisioning provisioning;

		OnQueuePage(TicketProvisioning provisioning) {
			this.provisioning = provisioning;
		}

		@Override
		public Optional<PageSection> on(Caller caller) {
			return section("queueSection", () -> this.provisioning.needingAttention(caller), items -> items);
		}

	}

	/** What the ticket page's fragment shows. */
	record TicketItems(List<ItemView> items, String ticketId, boolean staff) {
	}

}

package io.connectdesk.approval.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.connectdesk.approval.ApprovalItem;
import io.connectdesk.catalog.Catalog;
import io.connectdesk.catalog.ComponentView;
import io.connectdesk.catalog.MruRate;
import io.connectdesk.common.Caller;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketQueries;

/** Fills the approver's cards from the ticket (requester, description, items) and today's MRU rate. */
@Component
class ApprovalCards {

	private final TicketQueries tickets;

	private final Catalog catalog;

	private final Clock clock;

	private final MessageSource messages;

	ApprovalCards(TicketQueries tickets, Catalog catalog, Clock clock, MessageSource messages) {
		this.tickets = tickets;
		this.catalog = catalog;
		this.clock = clock;
		this.messages = messages;
	}

	List<ApprovalCard> of(List<ApprovalItem> items, Caller caller, Locale locale) {
		BigDecimal usdPerMru = this.catalog.rateOn(LocalDate.now(this.clock.withZone(ZoneOffset.UTC)))
			.map(MruRate::usdPerMru)
			.orElse(null);
		return items.stream().map(item -> card(item, caller, locale, usdPerMru)).toList();
	}

	private ApprovalCard card(ApprovalItem item, Caller caller, Locale locale, BigDecimal usdPerMru) {
		TicketDetail ticket = this.tickets.detail(item.ticketId(), caller);
		BigDecimal usd = usdPerMru == null || item.mruDelta() == null ? null
				: item.mruDelta().multiply(usdPerMru).setScale(2, RoundingMode.HALF_UP);
		return new ApprovalCard(item, ticket.requester(), ticket.description(), usd, lines(ticket, locale));
	}

	/** The ticket's items; a ticket without items yet asks for each component in each environment. */
	private List<String> lines(TicketDetail ticket, Locale locale) {
		if (!ticket.items().isEmpty()) {
			return ticket.items().stream().map(item -> line(item.componentKey(), item.environmentKey(), locale)).toList();
		}
		return ticket.components()
			.stream()
			.flatMap(component -> ticket.environments().stream().map(environment -> line(component, environment, locale)))
			.toList();
	}

	private String line(String componentKey, String environmentKey, Locale locale) {
		String name = this.catalog.component(componentKey)
			.map(ComponentView::name)
			.map(text -> text.in(locale))
			.orElse(componentKey);
		return name + " · " + this.messages.getMessage("environment." + environmentKey, null, environmentKey, locale);
	}

}

package io.connectdesk.ticket.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.connectdesk.common.Caller;
import io.connectdesk.ticket.PageView;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketFilter;
import io.connectdesk.ticket.TicketPageSection;
import io.connectdesk.ticket.TicketQueries;
import io.connectdesk.ticket.TicketStamps;
import io.connectdesk.ticket.TicketStatus;
import io.connectdesk.ticket.TicketSummary;
import io.connectdesk.ticket.TicketType;
import io.connectdesk.web.PageController;
import io.connectdesk.web.PageFeedback;
import io.connectdesk.web.PageSection;

/** The ticket list with its filters, and a ticket at its URL. */
@PageController
class TicketPages {

	static final int PAGE_SIZE = 20;

	private final TicketQueries queries;

	private final Clock clock;

	private final ObjectProvider<TicketPageSection> sections;

	private final ItemLabels labels;

	private final TicketStamps stamps;

	TicketPages(TicketQueries queries, Clock clock, ObjectProvider<TicketPageSection> sections, ItemLabels labels,
			TicketStamps stamps) {
		this.queries = queries;
		this.stamps = stamps;
		this.clock = clock;
		this.sections = sections;
		this.labels = labels;
	}

	/** Customer users start with the tickets they filed; staff with every ticket. */
	@GetMapping("/tickets")
	String list(@RequestParam(required = false) TicketFilter.Scope scope,
			@RequestParam(required = false) TicketStatus status, @RequestParam(required = false) TicketType type,
			@RequestParam(required = false) Boolean urgent, @RequestParam(defaultValue = "0") int page, Caller caller,
			Model model) {
		TicketFilter filter = new TicketFilter(scope != null ? scope
				: caller.isStaff() ? TicketFilter.Scope.ORGANIZATION : TicketFilter.Scope.MINE, status, type, urgent);
		PageView<TicketSummary> tickets = this.queries.list(filter, caller, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("tickets", tickets);
		model.addAttribute("scopes", List.of(TicketFilter.Scope.values()));
		model.addAttribute("statuses", List.of(TicketStatus.values()));
		model.addAttribute("types", List.of(TicketType.values()));
		model.addAttribute("previousPage", tickets.page() > 0 ? pageUrl(tickets.page() - 1) : null);
		model.addAttribute("nextPage", tickets.page() + 1 < tickets.totalPages() ? pageUrl(tickets.page() + 1) : null);
		return "tickets/list";
	}

	@GetMapping("/tickets/{id}")
	String detail(@PathVariable String id, Caller caller, Model model) {
		// The stamp before the page's data: a change in between makes the page's first poll fetch the news.
		model.addAttribute("liveStamp", this.stamps.stampOf(id, caller));
		TicketDetail ticket = this.queries.detail(id, caller);
		model.addAttribute("ticket", ticket);
		model.addAttribute("labels", this.labels.of(ticket, LocaleContextHolder.getLocale()));
		model.addAttribute("canReply", !ticket.status().isEndState());
		model.addAttribute("canReopen", canReopen(ticket, caller));
		model.addAttribute("sections", sections(TicketPageSection.Place.BELOW_ITEMS, ticket, caller));
		model.addAttribute("factSections", sections(TicketPageSection.Place.FACTS, ticket, caller));
		model.addAttribute("actionSections", sections(TicketPageSection.Place.ACTIONS, ticket, caller));
		if (!model.containsAttribute(PageFeedback.FIELD_PROBLEMS)) {
			model.addAttribute(PageFeedback.FIELD_PROBLEMS, Map.of());
		}
		return "tickets/detail";
	}

	private List<PageSection> sections(TicketPageSection.Place place, TicketDetail ticket, Caller caller) {
		return this.sections.orderedStream()
			.filter(section -> section.place() == place)
			.flatMap(section -> section.on(ticket, caller).stream())
			.toList();
	}

	private boolean canReopen(TicketDetail ticket, Caller caller) {
		return ticket.status() == TicketStatus.RESOLVED && ticket.reopenableUntil() != null
				&& ticket.reopenableUntil().isAfter(this.clock.instant())
				&& (caller.isStaff() || caller.email().equalsIgnoreCase(ticket.requesterEmail()));
	}

	/** This list with the same filters, on another page. */
	private static String pageUrl(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

}

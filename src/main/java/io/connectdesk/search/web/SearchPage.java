package io.connectdesk.search.web;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.search.TicketSearch;
import io.connectdesk.ticket.PageView;
import io.connectdesk.ticket.TicketFilter;
import io.connectdesk.ticket.TicketStatus;
import io.connectdesk.ticket.TicketSummary;
import io.connectdesk.ticket.TicketType;
import io.connectdesk.web.PageController;
import io.connectdesk.web.PageFeedback;

/** The search page: a form with the list's filters, and the hits, newest first. */
@PageController
class SearchPage {

	static final int PAGE_SIZE = 20;

	private final TicketSearch search;

	private final PageFeedback feedback;

	SearchPage(TicketSearch search, PageFeedback feedback) {
		this.search = search;
		this.feedback = feedback;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) TicketFilter.Scope scope,
			@RequestParam(required = false) TicketStatus status, @RequestParam(required = false) TicketType type,
			@RequestParam(required = false) Boolean urgent, @RequestParam(defaultValue = "0") int page, Caller caller, Model model) {
		TicketFilter filter = new TicketFilter(scope, status, type, urgent);
		model.addAttribute("q", q);
		model.addAttribute("filter", filter);
		model.addAttribute("scopes", List.of(TicketFilter.Scope.values()));
		model.addAttribute("statuses", List.of(TicketStatus.values()));
		model.addAttribute("types", List.of(TicketType.values()));
		if (!q.isBlank()) {
			try {
				PageView<TicketSummary> hits = this.search.search(q, filter, caller, Math.max(page, 0), PAGE_SIZE);
				model.addAttribute("hits", hits);
				model.addAttribute("previousPage", hits.page() > 0 ? pageUrl(hits.page() - 1) : null);
				model.addAttribute("nextPage", hits.page() + 1 < hits.totalPages() ? pageUrl(hits.page() + 1) : null);
			}
			catch (DeskException refused) {
				model.addAttribute("queryProblem", this.feedback.text(
						new org.springframework.context.support.DefaultMessageSourceResolvable("search.invalid")));
			}
		}
		return "search/results";
	}

	private static String pageUrl(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
	}

}

package io.connectdesk.incident.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import io.connectdesk.common.Caller;
import io.connectdesk.incident.Incidents;
import io.connectdesk.incident.StatusFeeds;
import io.connectdesk.web.PageController;

/**
 * {@code /status}: the caller's customer's open incidents and those of the last 90 days with their
 * public updates (staff: every customer's), and the link to the customer's secret Atom feed ({@link StatusFeedApi}).
 */
@PageController
class StatusPages {

	private final Incidents incidents;

	private final StatusFeeds feeds;

	StatusPages(Incidents incidents, StatusFeeds feeds) {
		this.incidents = incidents;
		this.feeds = feeds;
	}

	@GetMapping("/status")
	ModelAndView status(Caller caller) {
		ModelAndView page = new ModelAndView("incident/status");
		page.addObject("incidents", caller.isStaff() ? this.incidents.recent(caller)
				: caller.customerId() == null ? java.util.List.of() : this.incidents.publicOf(caller.customerId()));
		page.addObject("feed", caller.customerId() == null ? null : this.feeds.pathOf(caller.customerId()).orElse(null));
		return page;
	}

}

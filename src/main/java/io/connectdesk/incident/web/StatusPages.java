package io.connectdesk.incident.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import io.connectdesk.common.Caller;
import io.connectdesk.customer.Customers;
import io.connectdesk.incident.Incidents;
import io.connectdesk.incident.StatusFeeds;
import io.connectdesk.web.PageController;

/**
 * {@code /status}: the caller's customer's open incidents and those of the last 90 days with their
 * public updates (staff: every customer's), and the link to the customer's secret Atom feed.
 */
@PageController
class StatusPages {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final Incidents incidents;

	private final StatusFeeds feeds;

	private final Customers customers;

	StatusPages(Incidents incidents, StatusFeeds feeds, Customers customers) {
		this.incidents = incidents;
		this.feeds = feeds;
		this.customers = customers;
	}

	@GetMapping("/status")
	ModelAndView status(Caller caller) {
		ModelAndView page = new ModelAndView("incident/status");
		page.addObject("incidents", caller.isStaff() ? this.incidents.recent(caller)
				: caller.customerId() == null ? java.util.List.of() : this.incidents.publicOf(caller.customerId()));
		page.addObject("feed", caller.customerId() == null ? null : this.feeds.pathOf(caller.customerId()).orElse(null));
		return page;
	}

	@GetMapping("/status/feed/{customerId}/{secret}.atom")
	ResponseEntity<String> feed(@PathVariable Long customerId, @PathVariable String secret) {
		if (!this.feeds.opens(customerId, secret)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found");
		}
		String path = this.feeds.pathOf(customerId).orElseThrow();
		return ResponseEntity.ok()
			.contentType(ATOM)
			.body(AtomFeed.of(path, this.customers.nameOf(customerId), this.incidents.publicOf(customerId)));
	}

}

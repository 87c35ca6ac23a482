package io.connectdesk.incident.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.customer.Customers;
import io.connectdesk.incident.Incidents;
import io.connectdesk.incident.StatusFeeds;

/**
 * A customer's status as an Atom feed, for feed readers: anonymous, the secret in the URL is the
 * authorization ({@link StatusFeeds}); a wrong one is a 404, as an unknown customer is.
 */
@RestController
class StatusFeedApi {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final Incidents incidents;

	private final StatusFeeds feeds;

	private final Customers customers;

	StatusFeedApi(Incidents incidents, StatusFeeds feeds, Customers customers) {
		this.incidents = incidents;
		this.feeds = feeds;
		this.customers = customers;
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

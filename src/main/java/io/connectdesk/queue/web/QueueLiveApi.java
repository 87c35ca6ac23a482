package io.connectdesk.queue.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.connectdesk.catalog.ComponentCategory;
import io.connectdesk.common.Caller;
import io.connectdesk.queue.QueueCounts;
import io.connectdesk.queue.QueueFilter;
import io.connectdesk.queue.QueueLive;
import io.connectdesk.queue.QueueView;
import io.connectdesk.ticket.TicketType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The queue page's poll (docs/live-pages.md): the views' counts and a stamp of the view shown, with an ETag. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Work")
class QueueLiveApi {

	private final QueueCounts counts;

	QueueLiveApi(QueueCounts counts) {
		this.counts = counts;
	}

	@GetMapping("/queue/live")
	@Operation(summary = "Each queue view's count (capped at cap) with the same filters, and a stamp of the view shown",
			description = "Staff only. The stamp is also the ETag: 304 to If-None-Match while nothing changed.")
	ResponseEntity<QueueLive> live(@RequestParam(defaultValue = "REVIEW") QueueView view,
			@RequestParam(required = false) Long customer, @RequestParam(required = false) TicketType type,
			@RequestParam(required = false) ComponentCategory category, Caller caller, WebRequest request) {
		QueueLive live = this.counts.live(caller, new QueueFilter(view, customer, type, category));
		if (request.checkNotModified("\"" + live.stamp() + "\"")) {
			return null;
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate()).eTag(live.stamp()).body(live);
	}

}

package io.connectdesk.ticket.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.connectdesk.common.Caller;
import io.connectdesk.ticket.TicketStamps;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The ticket page's poll (docs/live-pages.md): a stamp that changes when anything the page shows changes. The
 * page sends the last ETag; an unchanged ticket costs one indexed query and a 304 without a body.
 */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets")
class TicketLiveApi {

	private final TicketStamps stamps;

	TicketLiveApi(TicketStamps stamps) {
		this.stamps = stamps;
	}

	@GetMapping("/{id}/live")
	@Operation(summary = "Whether the ticket changed: an opaque stamp, also its ETag (304 to If-None-Match when unchanged)")
	ResponseEntity<Stamp> live(@PathVariable String id, Caller caller, WebRequest request) {
		String stamp = this.stamps.stampOf(id, caller);
		if (request.checkNotModified("\"" + stamp + "\"")) {
			return null;
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate()).eTag(stamp).body(new Stamp(id, stamp));
	}

	/** The ticket and its stamp. */
	record Stamp(String ticketId, String stamp) {
	}

}

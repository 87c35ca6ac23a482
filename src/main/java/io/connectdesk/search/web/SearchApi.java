package io.connectdesk.search.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.connectdesk.common.Caller;
import io.connectdesk.search.TicketSearch;
import io.connectdesk.ticket.PageView;
import io.connectdesk.ticket.TicketFilter;
import io.connectdesk.ticket.TicketStatus;
import io.connectdesk.ticket.TicketSummary;
import io.connectdesk.ticket.TicketType;

@RestController
@Tag(name = "Tickets")
class SearchApi {

	private final TicketSearch search;

	SearchApi(TicketSearch search) {
		this.search = search;
	}

	@GetMapping("/api/v1/search")
	@Operation(summary = "Full-text search over the tickets you may see, newest first",
			description = "Title, description, public replies (internal notes: staff), item parameters and file names. "
					+ "Every word must match. totalElements counts up to one past this page when another follows.")
	PageView<TicketSummary> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "ORGANIZATION") TicketFilter.Scope scope,
			@RequestParam(required = false) TicketStatus status, @RequestParam(required = false) TicketType type,
			@RequestParam(required = false) Boolean urgent, @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
		return this.search.search(q, new TicketFilter(scope, status, type, urgent), caller, page, size);
	}

}

package io.connectdesk.ticket.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.connectdesk.common.Caller;
import io.connectdesk.ticket.PageView;
import io.connectdesk.ticket.Reply;
import io.connectdesk.ticket.TicketConversation;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketFilter;
import io.connectdesk.ticket.TicketQueries;
import io.connectdesk.ticket.TicketStatus;
import io.connectdesk.ticket.TicketSummary;
import io.connectdesk.ticket.TicketType;
import io.connectdesk.ticket.TicketTasks;

@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets", description = "File, follow and talk about requirement tickets")
class TicketApi {

	private final TicketQueries queries;

	private final TicketConversation conversation;

	private final TicketTasks work;

	TicketApi(TicketQueries queries, TicketConversation conversation, TicketTasks work) {
		this.queries = queries;
		this.conversation = conversation;
		this.work = work;
	}

	@GetMapping("/{id}")
	@Operation(summary = "One ticket with its conversation, timeline and the open tasks you may act on")
	TicketDetail get(@PathVariable String id, Caller caller) {
		return this.queries.detail(id, caller);
	}

	@GetMapping
	@Operation(summary = "Tickets of your organization, or only yours (scope=MINE), newest first")
	PageView<TicketSummary> list(@RequestParam(defaultValue = "ORGANIZATION") TicketFilter.Scope scope,
			@RequestParam(required = false) TicketStatus status, @RequestParam(required = false) TicketType type,
			@RequestParam(required = false) Boolean urgent, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
		return this.queries.list(new TicketFilter(scope, status, type, urgent), caller, page, size);
	}

	@PostMapping("/{id}/replies")
	@Operation(summary = "Reply, or (staff) add an internal note",
			description = "While the ticket waits for the requester, the requester's reply answers the question.")
	TicketDetail reply(@PathVariable String id, @Valid @RequestBody Reply reply, Caller caller) {
		this.conversation.reply(id, caller, reply);
		return this.queries.detail(id, caller);
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "Reopen a resolved ticket inside its reopen window")
	TicketDetail reopen(@PathVariable String id, @Valid @RequestBody(required = false) ReopenRequest request,
			Caller caller) {
		this.work.reopen(id, caller, request == null ? null : request.reason());
		return this.queries.detail(id, caller);
	}

	record ReopenRequest(@Size(max = 10000) String reason) {
	}

}

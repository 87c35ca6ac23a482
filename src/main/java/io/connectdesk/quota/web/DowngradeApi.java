package io.connectdesk.quota.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.Caller;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketQueries;
import io.connectdesk.ticket.TicketTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Urgent quota")
class DowngradeApi {

	private final TicketTasks work;

	private final TicketQueries queries;

	DowngradeApi(TicketTasks work, TicketQueries queries) {
		this.work = work;
		this.queries = queries;
	}

	@PostMapping("/api/v1/tickets/{id}/downgrade")
	@Operation(summary = "Handle an urgent ticket as normal (SRE only)",
			description = "Its open tasks drop to normal priority and its urgent slot goes back to the quota. "
					+ "409 ticket-not-urgent when it is not (any more) urgent.")
	TicketDetail downgrade(@PathVariable String id, @Valid @RequestBody DowngradeRequest request, Caller caller) {
		this.work.downgrade(id, caller, request.reason());
		return this.queries.detail(id, caller);
	}

	record DowngradeRequest(@NotBlank @Size(max = 2000) String reason) {
	}

}

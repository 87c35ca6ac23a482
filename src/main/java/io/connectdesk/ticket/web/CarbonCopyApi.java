package io.connectdesk.ticket.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.connectdesk.common.Caller;
import io.connectdesk.ticket.TicketCarbonCopies;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketQueries;

@RestController
@RequestMapping("/api/v1/tickets/{id}/cc")
@Tag(name = "Tickets")
class CarbonCopyApi {

	private final TicketCarbonCopies carbonCopies;

	private final TicketQueries queries;

	CarbonCopyApi(TicketCarbonCopies carbonCopies, TicketQueries queries) {
		this.carbonCopies = carbonCopies;
		this.queries = queries;
	}

	@PostMapping
	@Operation(summary = "Copy someone of your organization on an open ticket (requester and staff)")
	TicketDetail add(@PathVariable String id, @Valid @RequestBody CarbonCopy cc, Caller caller) {
		this.carbonCopies.add(id, caller, cc.email());
		return this.queries.detail(id, caller);
	}

	@DeleteMapping
	@Operation(summary = "Stop copying someone on an open ticket (requester and staff)")
	TicketDetail remove(@PathVariable String id, @RequestParam String email, Caller caller) {
		this.carbonCopies.remove(id, caller, email);
		return this.queries.detail(id, caller);
	}

	record CarbonCopy(@NotBlank @Size(max = 320) String email) {
	}

}

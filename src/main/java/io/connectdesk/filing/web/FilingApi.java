package io.connectdesk.filing.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.connectdesk.common.Caller;
import io.connectdesk.filing.TicketFiling;
import io.connectdesk.ticket.FileTicket;

@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets", description = "File, follow and talk about requirement tickets")
class FilingApi {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	private final TicketFiling filing;

	FilingApi(TicketFiling filing) {
		this.filing = filing;
	}

	@PostMapping
	@Operation(summary = "File a ticket",
			description = "Answers 201 with the ticket as lists show it and its Location. With an Idempotency-Key "
					+ "header, a retried request returns the ticket filed the first time (200, Idempotent-Replayed: "
					+ "true); the same key with a different body is refused with 422. An urgent ticket filed when the "
					+ "urgent quota is spent is filed as normal, and urgentRefused says why.")
	ResponseEntity<FiledTicket> file(@Valid @RequestBody FileTicket request,
			@Parameter(description = "A key the client chooses per request, up to 200 characters")
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Size(min = 1, max = 200) String idempotencyKey,
			Caller caller) {
		return answer(this.filing.file(request, caller, idempotencyKey));
	}

	/** 201 with the new ticket, or 200 marked as a replay of the request that filed it. */
	static ResponseEntity<FiledTicket> answer(TicketFiling.Filed filed) {
		URI location = URI.create("/api/v1/tickets/" + filed.ticketId());
		if (filed.replayed()) {
			return ResponseEntity.ok().location(location).header(REPLAYED, "true").body(FiledTicket.of(filed));
		}
		return ResponseEntity.created(location).body(FiledTicket.of(filed));
	}

}

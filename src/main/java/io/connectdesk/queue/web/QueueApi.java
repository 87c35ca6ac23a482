package io.connectdesk.queue.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.catalog.ComponentCategory;
import io.connectdesk.common.Caller;
import io.connectdesk.queue.QueueFilter;
import io.connectdesk.queue.QueuePage;
import io.connectdesk.queue.QueueView;
import io.connectdesk.queue.TicketQueue;
import io.connectdesk.ticket.TicketType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Work", description = "The SRE queue and the tasks of tickets")
class QueueApi {

	private final TicketQueue queue;

	QueueApi(TicketQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/queue")
	@Operation(summary = "A view of the SRE queue: urgent first, then the nearest due time (none last), then oldest",
			description = "Staff only. view: REVIEW (default), MINE, URGENT, BREACHING (due within the horizon or "
					+ "warned), WAITING (on the customer), ESCALATED (to the experts). customer: a customer id; "
					+ "type: a ticket type; category: tickets with a component of that catalog category. "
					+ "Not counted: hasNext says whether another page follows.")
	QueuePage queue(@RequestParam(defaultValue = "REVIEW") QueueView view, @RequestParam(required = false) Long customer,
			@RequestParam(required = false) TicketType type, @RequestParam(required = false) ComponentCategory category,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
		return this.queue.queue(caller, new QueueFilter(view, customer, type, category), page, size);
	}

}

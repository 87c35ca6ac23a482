package io.connectdesk.ticket.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.catalog.ComponentCategory;
import io.connectdesk.common.Caller;
import io.connectdesk.ticket.CompleteTask;
import io.connectdesk.ticket.QueueFilter;
import io.connectdesk.ticket.QueuePage;
import io.connectdesk.ticket.QueueView;
import io.connectdesk.ticket.TicketType;
import io.connectdesk.ticket.TicketWork;
import io.connectdesk.ticket.WorkQueue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Work", description = "The SRE queue and the tasks of tickets")
class TaskApi {

	private final WorkQueue queue;

	private final TicketWork work;

	TaskApi(WorkQueue queue, TicketWork work) {
		this.queue = queue;
		this.work = work;
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

	@PostMapping("/tasks/{taskId}/claim")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take a task: you become its assignee")
	void claim(@PathVariable String taskId, Caller caller) {
		this.work.claim(taskId, caller);
	}

	@PostMapping("/tasks/{taskId}/unclaim")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Give a task you hold back to the queue")
	void unclaim(@PathVariable String taskId, Caller caller) {
		this.work.unclaim(taskId, caller);
	}

	@PostMapping("/tasks/{taskId}/complete")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Complete a task you hold with its outcome",
			description = "Review: ACCEPT, REJECT (reason in comment) or ASK (question in comment). "
					+ "Answer: ANSWER. Fulfil: RESOLVE (resolution in comment).")
	void complete(@PathVariable String taskId, @Valid @RequestBody CompleteTask command, Caller caller) {
		this.work.complete(taskId, caller, command);
	}

}

package io.connectdesk.ticket.web;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.Caller;
import io.connectdesk.ticket.CompleteTask;
import io.connectdesk.ticket.TicketTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Work", description = "The SRE queue and the tasks of tickets")
class TaskApi {

	private final TicketTasks work;

	TaskApi(TicketTasks work) {
		this.work = work;
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

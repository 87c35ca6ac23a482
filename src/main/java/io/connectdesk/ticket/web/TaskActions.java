package io.connectdesk.ticket.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.ticket.CompleteTask;
import io.connectdesk.ticket.Outcome;
import io.connectdesk.ticket.TicketTasks;
import io.connectdesk.web.PageController;
import io.connectdesk.web.PageFeedback;

/**
 * Claim, unclaim and complete a task from the ticket page or the queue. The form names the ticket
 * (and whether it came from the queue) so the answer returns there.
 */
@PageController
class TaskActions {

	/** Only a ticket key is a place to return to: never an arbitrary URL. */
	private static final Pattern TICKET_KEY = Pattern.compile("[A-Za-z]{1,10}-\\d{1,18}");

	static final String FROM_QUEUE = "queue";

	private final TicketTasks work;

	private final PageFeedback feedback;

	TaskActions(TicketTasks work, PageFeedback feedback) {
		this.work = work;
		this.feedback = feedback;
	}

	@PostMapping("/tasks/{taskId}/claim")
	String claim(@PathVariable String taskId, @RequestParam(required = false) String ticket,
			@RequestParam(required = false) String from, Caller caller, RedirectAttributes flash) {
		try {
			this.work.claim(taskId, caller);
			this.feedback.notice(flash, "notice.claimed");
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, form(taskId), refused);
		}
		return back(ticket, from);
	}

	@PostMapping("/tasks/{taskId}/unclaim")
	String unclaim(@PathVariable String taskId, @RequestParam(required = false) String ticket,
			@RequestParam(required = false) String from, Caller caller, RedirectAttributes flash) {
		try {
			this.work.unclaim(taskId, caller);
			this.feedback.notice(flash, "notice.unclaimed");
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, form(taskId), refused);
		}
		return back(ticket, from);
	}

	/**
	 * Completes a task with the outcome of the button pressed. A refused form returns to the task itself with the
	 * outcome and comment kept, and the problem beside the comment naming the outcome that needs it.
	 */
	@PostMapping("/tasks/{taskId}/complete")
	String complete(@PathVariable String taskId, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String ticket,
			Caller caller, RedirectAttributes flash) {
		CompleteTask command = new CompleteTask(outcome, comment);
		BindingResult errors = this.feedback.check(command, "completeTask");
		if (errors.hasErrors()) {
			this.feedback.invalid(flash, form(taskId), errors);
			return keep(flash, new TaskInput(taskId, outcome, comment), ticket);
		}
		try {
			this.work.complete(taskId, caller, command);
			this.feedback.notice(flash, "notice.completed." + outcome.name());
		}
		catch (InvalidInputException invalid) {
			Map<String, String> fields = new LinkedHashMap<>();
			invalid.fields().forEach(field -> fields.put(form(taskId) + "." + field.field(), problem(field, outcome)));
			flash.addFlashAttribute(PageFeedback.FIELD_PROBLEMS, fields);
			return keep(flash, new TaskInput(taskId, outcome, comment), ticket);
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, form(taskId), refused);
		}
		return back(ticket, null);
	}

	/** Back to the task's own form, where the person was looking, with what they sent. */
	private static String keep(RedirectAttributes flash, TaskInput input, String ticket) {
		flash.addFlashAttribute(TaskInput.MODEL, input);
		String back = back(ticket, null);
		return back.startsWith("redirect:/tickets/") ? back + "#" + form(input.taskId()) : back;
	}

	/** The problem in the outcome's words ("Ask the requester" needs the question), else the field's. */
	private String problem(InvalidInputException.FieldProblem field, Outcome outcome) {
		return this.feedback.text(new DefaultMessageSourceResolvable(
				new String[] { "invalid." + field.field() + "." + outcome, "invalid." + field.field(), "invalid" }));
	}

	/** Field problems of a task's form are keyed by the task, since a ticket page may show several. */
	static String form(String taskId) {
		return "task-" + taskId;
	}

	private static String back(String ticket, String from) {
		if (FROM_QUEUE.equals(from) || ticket == null || !TICKET_KEY.matcher(ticket).matches()) {
			return "redirect:/queue";
		}
		return TicketActions.backTo(ticket);
	}

}

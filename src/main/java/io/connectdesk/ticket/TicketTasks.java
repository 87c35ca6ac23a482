package io.connectdesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.ConflictException;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.workflow.WorkTask;
import io.connectdesk.workflow.ProcessVariables;
import io.connectdesk.workflow.UserTasks;
import io.connectdesk.workflow.Workflow;

/**
 * Moves tickets through their lifecycle: claims and completes their tasks, reopens and closes them.
 * Each method changes the ticket and the process in one transaction, so they never disagree.
 */
@Service
@Transactional
public class TicketTasks {

	private final TicketRepository tickets;

	private final TicketAccess access;

	private final Conversation conversation;

	private final Timeline timeline;

	private final Workflow workflow;

	private final UserTasks userTasks;

	private final TicketSettings settings;

	private final Clock clock;

	private final SecretMasking masking;

	TicketTasks(TicketRepository tickets, TicketAccess access, Conversation conversation, Timeline timeline,
			Workflow workflow, UserTasks userTasks, TicketSettings settings, Clock clock,
			SecretMasking masking) {
		this.masking = masking;
		this.tickets = tickets;
		this.access = access;
		this.conversation = conversation;
		this.timeline = timeline;
		this.workflow = workflow;
		this.userTasks = userTasks;
		this.settings = settings;
		this.clock = clock;
	}

	public void claim(String taskId, Caller caller) {
		TaskOfTicket work = workableTask(taskId, caller);
		this.userTasks.claim(taskId, caller.email());
		work.ticket().assignTo(caller.userId());
		this.timeline.record(work.ticket(), TimelineKind.CLAIMED, caller, taskNamed(work.task()));
	}

	public void unclaim(String taskId, Caller caller) {
		TaskOfTicket work = workableTask(taskId, caller);
		requireClaimedBy(work.task(), caller);
		this.userTasks.unclaim(taskId);
		work.ticket().assignTo(null);
		this.timeline.record(work.ticket(), TimelineKind.UNCLAIMED, caller, taskNamed(work.task()));
	}

	public void complete(String taskId, Caller caller, CompleteTask command) {
		TaskOfTicket work = workableTask(taskId, caller);
		TaskKind kind = TaskKind.of(work.task().definitionKey()).orElseThrow(() -> new TaskNotFoundException(taskId));
		if (!kind.outcomes().contains(command.outcome())) {
			throw InvalidInputException.of("outcome", "This task takes one of " + kind.outcomes());
		}
		if (command.outcome().needsComment() && !command.hasComment()) {
			throw InvalidInputException.of("comment", "Required when the outcome is " + command.outcome());
		}
		requireClaimedBy(work.task(), caller);
		work.ticket().assignTo(null);
		CompleteTask withoutSecrets = new CompleteTask(command.outcome(),
				this.masking.masked(work.ticket().getCustomerId(), command.comment()));
		ProcessVariables variables = apply(work.ticket(), withoutSecrets, caller);
		this.userTasks.complete(taskId, variables);
	}

	/** Reopens a resolved ticket inside its reopen window: back to fulfilment. */
	public void reopen(String ticketKey, Caller caller, String reason) {
		Ticket ticket = this.access.require(ticketKey, caller);
		if (!caller.isStaff() && !caller.userId().equals(ticket.getRequesterId())) {
			throw new ForbiddenException("not-the-requester", "Only the requester can reopen a ticket");
		}
		ticket.reopen(this.clock.instant());
		reason = this.masking.masked(ticket.getCustomerId(), reason);
		if (reason != null && !reason.isBlank()) {
			this.conversation.post(ticket, caller, reason, false);
		}
		this.timeline.record(ticket, TimelineKind.REOPENED, caller, reason);
		this.workflow.correlate(TicketLifecycle.MESSAGE_TICKET_REOPENED, ticket.key(), ProcessVariables.none());
	}

	/**
	 * An SRE handles an urgent ticket as normal: its open tasks drop to the normal priority, and the
	 * quota module gives its urgent slot back when it hears of the change.
	 */
	public void downgrade(String ticketKey, Caller caller, String reason) {
		Ticket ticket = this.access.require(ticketKey, caller);
		if (!caller.has(Role.SRE)) {
			throw new ForbiddenException("not-an-sre", "Only SREs downgrade urgent tickets");
		}
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "Say why the ticket is not urgent");
		}
		ticket.downgrade(this.clock.instant());
		reason = this.masking.masked(ticket.getCustomerId(), reason);
		this.userTasks.openTasks(List.of(ticket.getProcessInstanceId()))
			.forEach(task -> this.userTasks.setPriority(task.id(), TicketLifecycle.PRIORITY_NORMAL));
		this.timeline.record(ticket, TimelineKind.DOWNGRADED, caller, reason.strip());
	}

	/** The reopen window ended: called by {@code Task_CloseTicket}. */
	void closeAfterReopenWindow(String ticketKey) {
		Ticket ticket = this.access.requireBySystem(ticketKey);
		ticket.close(this.clock.instant());
		this.timeline.recordBySystem(ticket, TimelineKind.CLOSED);
	}

	/** A line the system adds to the timeline, e.g. what provisioning did. */
	public void recordBySystem(String ticketKey, LineKind kind, LineDetail detail) {
		this.timeline.recordBySystem(this.access.requireBySystem(ticketKey), kind, detail);
	}

	/** A public reply by the requester to a ticket that waits for their answer completes their task. */
	void answerByReply(Ticket ticket, Caller caller, String answer) {
		WorkTask task = this.userTasks.openTasks(List.of(ticket.getProcessInstanceId()))
			.stream()
			.filter(open -> TicketLifecycle.TASK_ANSWER.equals(open.definitionKey()))
			.findFirst()
			.orElseThrow(() -> new IllegalTicketMoveException(ticket.key(), ticket.getStatus(), "answered"));
		this.userTasks.complete(task.id(), apply(ticket, new CompleteTask(Outcome.ANSWER, answer), caller));
	}

	private ProcessVariables apply(Ticket ticket, CompleteTask command, Caller caller) {
		Instant now = this.clock.instant();
		return switch (command.outcome()) {
			case ACCEPT -> {
				ticket.accept(now);
				postIfGiven(ticket, caller, command);
				this.timeline.record(ticket, TimelineKind.ACCEPTED, caller);
				yield ProcessVariables.of(TicketLifecycle.REVIEW_OUTCOME.value(Outcome.ACCEPT),
						TicketLifecycle.COST_CHANGES.value(ticket.getCost().changesCost()));
			}
			case REJECT -> {
				ticket.reject(now);
				postIfGiven(ticket, caller, command);
				this.timeline.record(ticket, TimelineKind.REJECTED, caller, command.comment());
				yield ProcessVariables.of(TicketLifecycle.REVIEW_OUTCOME.value(Outcome.REJECT));
			}
			case ASK -> {
				ticket.askRequester(now);
				postIfGiven(ticket, caller, command);
				this.timeline.record(ticket, TimelineKind.QUESTION_ASKED, caller);
				yield ProcessVariables.of(TicketLifecycle.REVIEW_OUTCOME.value(Outcome.ASK));
			}
			case ANSWER -> {
				ticket.answered(now);
				postIfGiven(ticket, caller, command);
				this.timeline.record(ticket, TimelineKind.ANSWERED, caller);
				yield ProcessVariables.none();
			}
			case RESOLVE -> {
				ticket.resolve(now, this.settings.reopenWindow());
				postIfGiven(ticket, caller, command);
				this.timeline.record(ticket, TimelineKind.RESOLVED, caller);
				yield ProcessVariables.of(TicketLifecycle.REOPEN_WINDOW.value(this.settings.reopenWindow().toString()));
			}
		};
	}

	private void postIfGiven(Ticket ticket, Caller caller, CompleteTask command) {
		if (command.hasComment()) {
			this.conversation.post(ticket, caller, command.comment(), false);
		}
	}

	/** The task and its ticket, if the caller may see the ticket and act on the task. */
	private TaskOfTicket workableTask(String taskId, Caller caller) {
		WorkTask task = this.userTasks.task(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
		Ticket ticket = this.tickets.findByProcessInstanceIdIn(List.of(task.processInstanceId()))
			.stream()
			.findFirst()
			.filter(found -> caller.canSee(found.getCustomerId()))
			.orElseThrow(() -> new TaskNotFoundException(taskId));
		boolean candidate = this.userTasks.candidateGroups(taskId).stream().anyMatch(group -> hasRoleNamed(caller, group));
		if (!candidate && !task.isAssignedTo(caller.email())) {
			throw new ForbiddenException("not-a-candidate", "This task is not offered to you");
		}
		return new TaskOfTicket(task, ticket);
	}

	private static boolean hasRoleNamed(Caller caller, String group) {
		return caller.roles().stream().anyMatch(role -> role.name().equals(group));
	}

	/** The task by its name in the reader's language; a task of another process by its model's name. */
	private static LineDetail taskNamed(WorkTask task) {
		return LineDetail.of(TicketSentence.TASK_NAMED, TaskKind.of(task.definitionKey())
			.map(kind -> LineArgument.message("task." + kind.name()))
			.orElseGet(() -> LineArgument.text(task.name())));
	}

	private static void requireClaimedBy(WorkTask task, Caller caller) {
		if (!task.isAssignedTo(caller.email())) {
			throw new ConflictException("task-not-claimed", "Claim the task before completing or returning it");
		}
	}

	private record TaskOfTicket(WorkTask task, Ticket ticket) {
	}

}

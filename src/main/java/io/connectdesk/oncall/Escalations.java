package io.connectdesk.oncall;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ConflictException;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.common.Role;
import io.connectdesk.ticket.TicketEntries;
import io.connectdesk.workflow.ProcessInstances;
import io.connectdesk.workflow.ProcessVariables;
import io.connectdesk.workflow.UserTasks;
import io.connectdesk.workflow.WorkTask;
import io.connectdesk.workflow.Workflow;

/**
 * The on-call module's escalation facade: tickets enter the ladder (urgent ones when filed, others
 * when their service-level warning fires), a claim stops it, engineers escalate by hand, and experts
 * take what reached them.
 */
@Service
@Transactional
public class Escalations {

	private final Workflow workflow;

	private final ProcessInstances instances;

	private final UserTasks tasks;

	private final TicketEntries tickets;

	private final OnCallSchedule schedule;

	private final OnCallSettings settings;

	Escalations(Workflow workflow, ProcessInstances instances, UserTasks tasks, TicketEntries tickets,
			OnCallSchedule schedule, OnCallSettings settings) {
		this.workflow = workflow;
		this.instances = instances;
		this.tasks = tasks;
		this.tickets = tickets;
		this.schedule = schedule;
		this.settings = settings;
	}

	/**
	 * Starts the ticket's escalation ladder: the on-call primary is called at once. For the
	 * integrators of other triggers (the service-level warning). A ticket already on the ladder
	 * stays where it is.
	 * @param reason why, for the process (e.g. {@code "urgent"}, {@code "service-level warning"})
	 * @return whether a ladder started
	 */
	public boolean enterLadder(String ticketId, String reason) {
		if (this.instances.runningInstance(EscalationLadder.PROCESS_KEY, ticketId).isPresent()) {
			return false;
		}
		this.workflow.start(EscalationLadder.PROCESS_KEY, ticketId, variables(reason, false));
		return true;
	}

	/** Someone claimed one of the ticket's tasks: its ladder, if it still climbs, stops. */
	public void ticketClaimed(String ticketId) {
		this.workflow.correlateAll(EscalationLadder.MESSAGE_TICKET_CLAIMED, ticketId, ProcessVariables.none());
	}

	/**
	 * An on-call engineer hands the ticket to the experts with a note: the experts get a task and a
	 * mail, the ticket's timeline says who and why. While a shift runs, only its primary and
	 * secondary may; with none, any SRE.
	 */
	public void escalateByHand(String ticketId, Caller caller, String note) {
		if (!this.tickets.isOpen(ticketId, caller)) {
			throw new ConflictException("ticket-ended", "Ticket " + ticketId + " has ended");
		}
		requireOnCall(caller);
		Optional<String> running = this.instances.runningInstance(EscalationLadder.PROCESS_KEY, ticketId);
		if (running.isPresent() && this.instances.activeElements(running.get()).contains(EscalationLadder.TASK_HANDLE_ESCALATION)) {
			throw new ConflictException("already-with-experts", "Ticket " + ticketId + " already waits for the experts");
		}
		this.tickets.record(ticketId, OnCallLine.ESCALATED, caller, note);
		if (running.isPresent()) {
			this.workflow.correlate(EscalationLadder.MESSAGE_ESCALATION_REQUESTED, ticketId,
					ProcessVariables.of(EscalationLadder.BY_HAND.value(true), EscalationLadder.NOTE.value(note)));
		}
		else {
			this.workflow.start(EscalationLadder.PROCESS_KEY, ticketId,
					variables(EscalationLadder.REASON_BY_HAND, true).and(EscalationLadder.NOTE.value(note)));
		}
	}

	/** The experts' queue: escalations nobody has taken yet, oldest first. */
	@Transactional(readOnly = true)
	public List<EscalationView> open(Caller caller) {
		OnCallSchedule.requireStaff(caller);
		List<WorkTask> open = this.tasks.openTasks(EscalationLadder.PROCESS_KEY, EscalationLadder.TASK_HANDLE_ESCALATION);
		Map<String, String> tickets = this.instances.businessKeys(open.stream().map(WorkTask::processInstanceId).toList());
		return open.stream()
			.map(task -> view(task, tickets.get(task.processInstanceId())))
			.toList();
	}

	/** An expert takes the escalation: it leaves the experts' queue, and the ticket's timeline says who. */
	public void take(String taskId, Caller caller) {
		WorkTask task = this.tasks.task(taskId)
			.filter(found -> caller.isStaff() && EscalationLadder.TASK_HANDLE_ESCALATION.equals(found.definitionKey()))
			.orElseThrow(() -> new NotFoundException("escalation-not-found", "No open escalation " + taskId));
		if (!caller.has(Role.EXPERT)) {
			throw new ForbiddenException("not-an-expert", "Only experts take escalations");
		}
		String ticketId = this.instances.businessKeys(List.of(task.processInstanceId())).get(task.processInstanceId());
		this.tasks.claim(taskId, caller.email());
		this.tickets.record(ticketId, OnCallLine.ESCALATION_TAKEN, caller, null);
		this.tasks.complete(taskId, ProcessVariables.none());
	}

	/** The escalation with why it happened: the ladder's reason, and the engineer's note if by hand. */
	private EscalationView view(WorkTask task, String ticketId) {
		ProcessVariables why = this.instances.variables(task.processInstanceId(), EscalationLadder.REASON,
				EscalationLadder.NOTE);
		return new EscalationView(task.id(), ticketId, task.created(), why.find(EscalationLadder.REASON).orElse(null),
				why.find(EscalationLadder.NOTE).orElse(null));
	}

	private void requireOnCall(Caller caller) {
		boolean onCall = caller.has(Role.SRE) && this.schedule.current()
			.map(shift -> shift.primary().id().equals(caller.userId()) || shift.secondary().id().equals(caller.userId()))
			.orElse(true);
		if (!onCall) {
			throw new ForbiddenException("not-on-call", "Only the on-call primary and secondary escalate by hand");
		}
	}

	private ProcessVariables variables(String reason, boolean byHand) {
		return ProcessVariables.of(EscalationLadder.REASON.value(reason), EscalationLadder.BY_HAND.value(byHand),
				EscalationLadder.PRIMARY_WAIT.value(this.settings.primaryWait().toString()),
				EscalationLadder.SECONDARY_WAIT.value(this.settings.secondaryWait().toString()));
	}

}

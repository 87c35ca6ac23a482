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
import io.connectdesk.ticket.TimelineKind;
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

	private final TicketEntries tickets;

	private final OnCallSchedule schedule;

	private final OnCallSettings settings;

	Escalations(Workflow workflow, TicketEntries tickets, OnCallSchedule schedule, OnCallSettings settings) {
		this.workflow = workflow;
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
		if (this.workflow.runningInstance(EscalationLadder.PROCESS_KEY, ticketId).isPresent()) {
			return false;
		}
		this.workflow.start(EscalationLadder.PROCESS_KEY, ticketId, variables(reason, false));
		return true;
	}

	/** Someone claimed one of the ticket's tasks: its ladder, if it still climbs, stops. */
	public void ticketClaimed(String ticketId) {
		this.workflow.correlateAll(EscalationLadder.MESSAGE_TICKET_CLAIMED, ticketId, Map.of());
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
		Optional<String> running = this.workflow.runningInstance(EscalationLadder.PROCESS_KEY, ticketId);
		if (running.isPresent() && this.workflow.activeElements(running.get()).contains(EscalationLadder.TASK_HANDLE_ESCALATION)) {
			throw new ConflictException("already-with-experts", "Ticket " + ticketId + " already waits for the experts");
		}
		this.tickets.record(ticketId, TimelineKind.ESCALATED, caller, note);
		if (running.isPresent()) {
			this.workflow.correlate(EscalationLadder.MESSAGE_ESCALATION_REQUESTED, ticketId,
					Map.of(EscalationLadder.VAR_BY_HAND, true));
		}
		else {
			this.workflow.start(EscalationLadder.PROCESS_KEY, ticketId, variables(EscalationLadder.REASON_BY_HAND, true));
		}
	}

	/** The experts' queue: escalations nobody has taken yet, oldest first. */
	@Transactional(readOnly = true)
	public List<EscalationView> open(Caller caller) {
		OnCallSchedule.requireStaff(caller);
		List<WorkTask> tasks = this.workflow.openTasks(EscalationLadder.PROCESS_KEY, EscalationLadder.TASK_HANDLE_ESCALATION);
		Map<String, String> tickets = this.workflow.businessKeys(tasks.stream().map(WorkTask::processInstanceId).toList());
		return tasks.stream()
			.map(task -> new EscalationView(task.id(), tickets.get(task.processInstanceId()), task.created()))
			.toList();
	}

	/** An expert takes the escalation: it leaves the experts' queue, and the ticket's timeline says who. */
	public void take(String taskId, Caller caller) {
		WorkTask task = this.workflow.task(taskId)
			.filter(found -> caller.isStaff() && EscalationLadder.TASK_HANDLE_ESCALATION.equals(found.definitionKey()))
			.orElseThrow(() -> new NotFoundException("escalation-not-found", "No open escalation " + taskId));
		if (!caller.has(Role.EXPERT)) {
			throw new ForbiddenException("not-an-expert", "Only experts take escalations");
		}
		String ticketId = this.workflow.businessKeys(List.of(task.processInstanceId())).get(task.processInstanceId());
		this.workflow.claim(taskId, caller.email());
		this.tickets.record(ticketId, TimelineKind.ESCALATION_TAKEN, caller, null);
		this.workflow.complete(taskId, Map.of());
	}

	private void requireOnCall(Caller caller) {
		boolean onCall = caller.has(Role.SRE) && this.schedule.current()
			.map(shift -> shift.primary().id().equals(caller.userId()) || shift.secondary().id().equals(caller.userId()))
			.orElse(true);
		if (!onCall) {
			throw new ForbiddenException("not-on-call", "Only the on-call primary and secondary escalate by hand");
		}
	}

	private Map<String, Object> variables(String reason, boolean byHand) {
		return Map.of(EscalationLadder.VAR_REASON, reason, EscalationLadder.VAR_BY_HAND, byHand,
				EscalationLadder.VAR_PRIMARY_WAIT, this.settings.primaryWait().toString(),
				EscalationLadder.VAR_SECONDARY_WAIT, this.settings.secondaryWait().toString());
	}

}

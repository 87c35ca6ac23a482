package io.connectdesk.ticket;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.workflow.ProcessVariables;
import io.connectdesk.workflow.UserTasks;
import io.connectdesk.workflow.WorkTask;

/**
 * Resolves a ticket on another module's behalf (an incident resolved resolves the ticket it came
 * from): the fulfilment task's resolution, as an SRE's would be, by the system, with a timeline line
 * saying why. Everything a resolution sets off follows ({@link TicketResolved}, the reopen window).
 */
@Service
public class SystemResolution {

	private final TicketAccess access;

	private final Timeline timeline;

	private final UserTasks userTasks;

	private final TicketSettings settings;

	private final Clock clock;

	SystemResolution(TicketAccess access, Timeline timeline, UserTasks userTasks, TicketSettings settings, Clock clock) {
		this.access = access;
		this.timeline = timeline;
		this.userTasks = userTasks;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Resolves the ticket if it waits in fulfilment; a ticket elsewhere (already resolved, still being
	 * provisioned, waiting for the customer) is left as it is.
	 * @param why the timeline line's detail, e.g. the incident's reference
	 * @return whether the ticket was resolved now
	 */
	@Transactional
	public boolean resolve(String ticketKey, LineDetail why) {
		Ticket ticket = this.access.requireBySystem(ticketKey);
		if (ticket.getStatus() != TicketStatus.IN_PROGRESS) {
			return false;
		}
		Optional<WorkTask> fulfilment = this.userTasks.openTasks(List.of(ticket.getProcessInstanceId()))
			.stream()
			.filter(task -> TicketLifecycle.TASK_FULFIL.equals(task.definitionKey()))
			.findFirst();
		if (fulfilment.isEmpty()) {
			return false;
		}
		ticket.assignTo(null);
		ticket.resolve(this.clock.instant(), this.settings.reopenWindow());
		this.timeline.recordBySystem(ticket, TimelineKind.RESOLVED, why);
		this.userTasks.complete(fulfilment.get().id(),
				ProcessVariables.of(TicketLifecycle.REOPEN_WINDOW.value(this.settings.reopenWindow().toString())));
		return true;
	}

}

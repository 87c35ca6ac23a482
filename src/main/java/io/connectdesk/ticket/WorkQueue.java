package io.connectdesk.ticket;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.customer.Customers;
import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.workflow.WorkTask;
import io.connectdesk.workflow.WorkTaskPage;
import io.connectdesk.workflow.Workflow;

/** The SRE queue: open review and fulfilment tasks, urgent first, then oldest. */
@Service
@Transactional(readOnly = true)
public class WorkQueue {

	private final TicketRepository tickets;

	private final Workflow workflow;

	private final Customers customers;

	WorkQueue(TicketRepository tickets, Workflow workflow, Customers customers) {
		this.tickets = tickets;
		this.workflow = workflow;
		this.customers = customers;
	}

	/** @param mineOnly only the tasks the caller has claimed */
	public PageView<QueueItem> queue(Caller caller, boolean mineOnly, int page, int size) {
		Set<String> groups = caller.roles().stream().filter(Role::isStaff).map(Role::name).collect(Collectors.toSet());
		if (groups.isEmpty() || !caller.isStaff()) {
			return PageView.of(List.of(), page, size, 0);
		}
		WorkTaskPage tasks = this.workflow.queue(groups, mineOnly ? caller.email() : null, page, size);
		Map<String, Ticket> byProcess = this.tickets
			.findByProcessInstanceIdIn(tasks.tasks().stream().map(WorkTask::processInstanceId).toList())
			.stream()
			.collect(Collectors.toMap(Ticket::getProcessInstanceId, Function.identity()));
		Map<Long, String> customerNames = this.customers
			.namesOf(byProcess.values().stream().map(Ticket::getCustomerId).collect(Collectors.toSet()));
		List<QueueItem> items = tasks.tasks()
			.stream()
			.filter(task -> byProcess.containsKey(task.processInstanceId()))
			.flatMap(task -> TaskKind.of(task.definitionKey())
				.map(kind -> toItem(task, kind, byProcess.get(task.processInstanceId()), customerNames))
				.stream())
			.toList();
		return PageView.of(items, page, size, tasks.total());
	}

	private static QueueItem toItem(WorkTask task, TaskKind kind, Ticket ticket, Map<Long, String> customerNames) {
		return new QueueItem(task.id(), kind, task.name(), task.assignee(), task.created(), ticket.key(),
				TicketQueries.url(ticket), ticket.getTitle(), ticket.getType(), ticket.getStatus(), ticket.isUrgent(),
				customerNames.get(ticket.getCustomerId()), ticket.getNextDueAt());
	}

}

package io.connectdesk.provisioning;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ConflictException;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.common.Role;
import io.connectdesk.ticket.LineArgument;
import io.connectdesk.ticket.LineDetail;
import io.connectdesk.ticket.TicketQueries;
import io.connectdesk.ticket.TicketTasks;
import io.connectdesk.workflow.ExternalTaskControl;
import io.connectdesk.workflow.ProcessInstances;
import io.connectdesk.workflow.ProcessVariables;
import io.connectdesk.workflow.UserTasks;
import io.connectdesk.workflow.WorkTask;
import io.connectdesk.workflow.Workflow;

/** What people see of a ticket's provisioning and what SREs do about it: retry a failed item, tick a checklist, cancel. */
@Service
@Transactional
public class TicketProvisioning {

	private final ProvisioningItemRepository items;

	private final TicketQueries tickets;

	private final TicketTasks work;

	private final Workflow workflow;

	private final ProcessInstances instances;

	private final UserTasks tasks;

	private final ExternalTaskControl externalTasks;

	private final ItemOutputs outputs;

	private final ProvisioningSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TicketProvisioning(ProvisioningItemRepository items, TicketQueries tickets, TicketTasks work, Workflow workflow,
			ProcessInstances instances, UserTasks tasks, ExternalTaskControl externalTasks, ItemOutputs outputs,
			ProvisioningSettings settings, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.items = items;
		this.tickets = tickets;
		this.work = work;
		this.workflow = workflow;
		this.instances = instances;
		this.tasks = tasks;
		this.externalTasks = externalTasks;
		this.outputs = outputs;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ItemView> items(String ticketId, Caller caller) {
		requireVisible(ticketId, caller);
		List<WorkTask> checklists = checklists(ticketId);
		return this.items.findByTicketIdOrderByIdAsc(ticketId).stream().map(item -> view(item, checklists)).toList();
	}

	/** For the SRE queue: items in error, and manual items waiting for their checklist, of every customer. */
	@Transactional(readOnly = true)
	public List<ItemView> needingAttention(Caller caller) {
		if (!isSre(caller)) {
			return List.of();
		}
		return this.items.findByStatusInOrderByUpdatedAtDesc(Set.of(ItemStatus.FAILED, ItemStatus.PENDING))
			.stream()
			.filter(item -> item.getStatus() == ItemStatus.FAILED || item.isManual())
			.limit(50)
			.map(item -> view(item, checklists(item.getTicketId())))
			.filter(view -> view.isFailed() || view.checklistOpen())
			.toList();
	}

	/** Gives a failed item its retries back: its worker tries again at once. */
	public void retry(String ticketId, Long itemId, Caller caller) {
		ProvisioningItem item = requireItem(ticketId, itemId, caller);
		if (item.getStatus() != ItemStatus.FAILED) {
			throw new ConflictException("item-not-failed", "Item " + itemId + " is " + item.getStatus() + ", not FAILED");
		}
		if (this.externalTasks.retry(Provisioning.PROCESS_KEY, ticketId, Provisioning.ITEM_ID, itemId,
				this.settings.retries() + 1) == 0) {
			throw new ConflictException("item-not-retryable", "Item " + itemId + " has no failed task to retry");
		}
		item.retrying(this.clock.instant());
		this.events.publishEvent(new ItemWaiting(itemId));
		this.work.recordBySystem(ticketId, ProvisioningLine.PROVISIONING_RETRIED,
				LineDetail.of(ProvisioningSentence.ITEM_RETRIED_BY, ItemRecorder.where(item), LineArgument.text(caller.name())));
	}

	/** An SRE did a manual item's steps by hand: its checklist, or, after a cancel, its removal checklist. */
	public void checklistDone(String ticketId, Long itemId, Caller caller) {
		requireItem(ticketId, itemId, caller);
		WorkTask task = checklistOf(checklists(ticketId), itemId)
			.orElseThrow(() -> new ConflictException("no-open-checklist", "Item " + itemId + " has no open checklist"));
		this.tasks.complete(task.id(), ProcessVariables.none());
	}

	/**
	 * Stops the fulfilment; every item already done is undone (compensated) by its adapter or by hand. An item
	 * whose adapter is at work is not interrupted: its result would be left behind. It finishes (or fails), and
	 * then is undone with the others. A worker that locks an item at the moment it is stopped clashes with the
	 * stop on the task's row: one of the two transactions rolls back.
	 */
	public void cancel(String ticketId, Caller caller) {
		requireVisible(ticketId, caller);
		requireSre(caller);
		List<String> running = this.instances.runningInstances(Provisioning.PROCESS_KEY, ticketId);
		if (running.isEmpty()) {
			throw new ConflictException("provisioning-not-running", "Ticket " + ticketId + " has no provisioning under way");
		}
		running.forEach(instance -> this.instances.setVariable(instance, Provisioning.CANCELLED, true));
		Set<Long> atWork = this.externalTasks.held(Provisioning.PROCESS_KEY, ticketId, Provisioning.TASK_PROVISION_ITEM,
				Provisioning.ITEM_ID);
		this.items.findByTicketIdOrderByIdAsc(ticketId)
			.stream()
			.filter(item -> item.getStatus() == ItemStatus.PENDING || item.getStatus() == ItemStatus.FAILED)
			.filter(item -> !atWork.contains(item.getId()))
			.forEach(item -> this.workflow.correlateAllWhereLocal(Provisioning.MESSAGE_CANCELLED, ticketId,
					Provisioning.ITEM_ID, item.getId()));
	}

	/** Another customer's ticket is not found, before the caller's role is even looked at. */
	private ProvisioningItem requireItem(String ticketId, Long itemId, Caller caller) {
		requireVisible(ticketId, caller);
		requireSre(caller);
		return this.items.findById(itemId)
			.filter(item -> item.getTicketId().equals(ticketId))
			.orElseThrow(() -> new NotFoundException("item-not-found", "No provisioning item " + itemId + " on " + ticketId));
	}

	private void requireVisible(String ticketId, Caller caller) {
		Long customerId = this.tickets.fulfilmentScope(ticketId).customerId();
		if (!caller.canSee(customerId)) {
			throw new NotFoundException("ticket-not-found", "No ticket " + ticketId);
		}
	}

	private static void requireSre(Caller caller) {
		if (!isSre(caller)) {
			throw new ForbiddenException("not-an-sre", "Only SREs act on provisioning");
		}
	}

	private static boolean isSre(Caller caller) {
		return caller.isStaff() && (caller.has(Role.SRE) || caller.has(Role.ADMIN));
	}

	private List<WorkTask> checklists(String ticketId) {
		return this.tasks.openTasks(this.instances.runningInstances(Provisioning.PROCESS_KEY, ticketId))
			.stream()
			.filter(task -> Provisioning.TASK_MANUAL_CHECKLIST.equals(task.definitionKey())
					|| Provisioning.TASK_UNDO_MANUALLY.equals(task.definitionKey()))
			.toList();
	}

	private Optional<WorkTask> checklistOf(List<WorkTask> checklists, Long itemId) {
		return checklists.stream()
			.filter(task -> this.tasks.variable(task.id(), Provisioning.ITEM_ID).filter(itemId::equals).isPresent())
			.findFirst();
	}

	private ItemView view(ProvisioningItem item, List<WorkTask> checklists) {
		boolean open = item.isManual() && checklistOf(checklists, item.getId()).isPresent();
		return new ItemView(item.getId(), item.getTicketId(), item.getComponentKey(), item.getEnvironmentKey(),
				item.getAdapterKind(), item.getOperation(), item.getStatus(), this.outputs.read(item.getOutputs()),
				item.getLastError(), item.getAttempts(), open, item.getUpdatedAt());
	}

}

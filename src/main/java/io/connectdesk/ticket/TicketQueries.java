package io.connectdesk.ticket;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.common.Caller;
import io.connectdesk.identity.Person;
import io.connectdesk.workflow.WorkTask;
import io.connectdesk.workflow.UserTasks;

/** Reads tickets as the caller may see them. */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

	private final TicketRepository tickets;

	private final TicketAccess access;

	private final Conversation conversation;

	private final Timeline timeline;

	private final UserTasks userTasks;

	private final Accounts accounts;

	private final Customers customers;

	private final TicketItems items;

	TicketQueries(TicketRepository tickets, TicketAccess access, Conversation conversation, Timeline timeline,
			UserTasks userTasks, Accounts accounts, Customers customers, TicketItems items) {
		this.items = items;
		this.tickets = tickets;
		this.access = access;
		this.conversation = conversation;
		this.timeline = timeline;
		this.userTasks = userTasks;
		this.accounts = accounts;
		this.customers = customers;
	}

	public TicketDetail detail(String key, Caller caller) {
		Ticket ticket = this.access.require(key, caller);
		TicketScope scope = ticket.getScope();
		ServiceLevelTimes due = ticket.getDueTimes();
		Person requester = this.accounts.people(List.of(ticket.getRequesterId())).get(ticket.getRequesterId());
		return new TicketDetail(ticket.key(), url(ticket), ticket.getType(), ticket.getTitle(), ticket.getDescription(),
				ticket.getStatus(), ticket.isUrgent(), this.customers.nameOf(ticket.getCustomerId()), requester.name(),
				requester.email(), scope.getComponents(), scope.getEnvironments(), ticket.getCc(),
				ticket.getCreatedAt(), ticket.getUpdatedAt(), ticket.getReopenWindow().getResolvedAt(),
				ticket.getReopenableUntil(),
				this.conversation.visibleTo(ticket, caller), this.timeline.visibleTo(ticket, caller), tasksFor(ticket, caller),
				due.getResponseDueAt(), due.getResolutionDueAt(), due.getRespondedAt(),
				ticket.getCost().getMruDelta(), ticket.getCost().getMonthlyMruAfter(), this.items.of(ticket));
	}

	/**
	 * The catalog components the ticket asks for, one per component per environment, with their
	 * parameters; for provisioning and billing, on behalf of nobody, so unscoped.
	 */
	public List<TicketItemView> items(String key) {
		return this.items.of(this.access.requireBySystem(key));
	}

	/** Whom a change to the ticket concerns, for notices; on behalf of nobody, so unscoped. */
	public TicketContacts contacts(String key) {
		Ticket ticket = this.access.requireBySystem(key);
		String requester = this.accounts.emailOf(ticket.getRequesterId()).orElseThrow();
		return new TicketContacts(ticket.key(), url(ticket), ticket.getTitle(), requester, ticket.getCc());
	}

	/** The ticket's type, components and environments, for fulfilment; on behalf of nobody, so unscoped. */
	public FulfilmentScope fulfilmentScope(String key) {
		Ticket ticket = this.access.requireBySystem(key);
		TicketScope scope = ticket.getScope();
		return new FulfilmentScope(ticket.key(), ticket.getCustomerId(), ticket.getType(), scope.getComponents(),
				scope.getEnvironments());
	}

	public PageView<TicketSummary> list(TicketFilter filter, Caller caller, int page, int size) {
		Page<Ticket> found = this.tickets.findAll(matching(filter, caller),
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
		Set<Long> requesterIds = new HashSet<>();
		Set<Long> customerIds = new HashSet<>();
		found.forEach(ticket -> {
			requesterIds.add(ticket.getRequesterId());
			customerIds.add(ticket.getCustomerId());
		});
		Map<Long, Person> people = this.accounts.people(requesterIds);
		Map<Long, String> customerNames = this.customers.namesOf(customerIds);
		List<TicketSummary> content = found.stream()
			.map(ticket -> TicketSummary.of(ticket, customerNames.get(ticket.getCustomerId()),
					people.get(ticket.getRequesterId()).name()))
			.toList();
		return PageView.of(content, page, size, found.getTotalElements());
	}

	/**
	 * The tickets with these numbers that the caller may see, in the order given (a search's hits);
	 * others are left out.
	 */
	public List<TicketSummary> summaries(List<Long> ids, Caller caller) {
		Map<Long, Ticket> found = new java.util.HashMap<>();
		this.tickets.findAllById(ids).stream().filter(ticket -> caller.canSee(ticket.getCustomerId()))
			.forEach(ticket -> found.put(ticket.getId(), ticket));
		Map<Long, Person> people = this.accounts.people(found.values().stream().map(Ticket::getRequesterId).toList());
		Map<Long, String> customerNames = this.customers.namesOf(found.values().stream().map(Ticket::getCustomerId).toList());
		return ids.stream()
			.filter(found::containsKey)
			.map(found::get)
			.map(ticket -> TicketSummary.of(ticket, customerNames.get(ticket.getCustomerId()),
					people.get(ticket.getRequesterId()).name()))
			.toList();
	}

	private List<TaskView> tasksFor(Ticket ticket, Caller caller) {
		if (ticket.getStatus().isEndState()) {
			return List.of();
		}
		return this.userTasks.openTasks(List.of(ticket.getProcessInstanceId()))
			.stream()
			.filter(task -> caller.isStaff() || task.isAssignedTo(caller.email()))
			.flatMap(task -> TaskKind.of(task.definitionKey()).map(kind -> toView(task, kind)).stream())
			.toList();
	}

	/** The task with the name of who claimed it: pages show people by name, not by address. */
	private TaskView toView(WorkTask task, TaskKind kind) {
		String assigneeName = task.assignee() == null ? null
				: this.accounts.findByEmail(task.assignee()).map(Caller::name).orElse(task.assignee());
		return new TaskView(task.id(), kind, task.name(), task.assignee(), task.created(), kind.outcomes(), assigneeName);
	}

	static String url(Ticket ticket) {
		return "/tickets/" + ticket.key();
	}

	private static Specification<Ticket> matching(TicketFilter filter, Caller caller) {
		return (root, query, cb) -> {
			var where = cb.conjunction();
			if (!caller.isStaff()) {
				where = cb.and(where, cb.equal(root.get("customerId"), caller.customerId()));
			}
			if (filter.scope() == TicketFilter.Scope.MINE) {
				where = cb.and(where, cb.equal(root.get("requesterId"), caller.userId()));
			}
			if (filter.status() != null) {
				where = cb.and(where, cb.equal(root.get("status"), filter.status()));
			}
			if (filter.type() != null) {
				where = cb.and(where, cb.equal(root.get("type"), filter.type()));
			}
			if (filter.urgent() != null) {
				where = cb.and(where, cb.equal(root.get("urgent"), filter.urgent()));
			}
			return where;
		};
	}

}

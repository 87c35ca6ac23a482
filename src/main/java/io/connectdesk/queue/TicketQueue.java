package io.connectdesk.queue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.identity.Person;
import io.connectdesk.ticket.TaskKind;
import io.connectdesk.workflow.WorkTask;
import io.connectdesk.workflow.UserTasks;

/**
 * The SRE queue: views of the tickets in the queue (to review, mine, urgent, breaching soon, waiting
 * on the customer, escalated), urgent first, then the nearest due time, then oldest. Served from the
 * ticket table ({@link QueueRows}); only the page's own tickets are looked up in the engine, for the
 * task to claim.
 */
@Service
@Transactional(readOnly = true)
public class TicketQueue {

	private final QueueRows rows;

	private final CategoryKeys categories;

	private final UserTasks userTasks;

	private final Customers customers;

	private final Accounts accounts;

	private final QueueSettings settings;

	private final Clock clock;

	TicketQueue(QueueRows rows, CategoryKeys categories, UserTasks userTasks, Customers customers, Accounts accounts,
			QueueSettings settings, Clock clock) {
		this.rows = rows;
		this.categories = categories;
		this.userTasks = userTasks;
		this.customers = customers;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	/** One page of a view; only for the service's staff. */
	public QueuePage queue(Caller caller, QueueFilter filter, int page, int size) {
		if (!caller.isStaff()) {
			throw new ForbiddenException("staff-only", "The queue is for service staff");
		}
		List<String> keys = filter.category() == null ? null : this.categories.of(filter.category());
		if (keys != null && keys.isEmpty()) {
			return new QueuePage(List.of(), page, size, false);
		}
		List<QueueRows.Row> found = this.rows.find(filter, caller.userId(), keys,
				this.clock.instant().plus(this.settings.breachingHorizon()), page * size, size + 1);
		List<QueueRows.Row> shown = found.subList(0, Math.min(size, found.size()));
		return new QueuePage(items(shown), page, size, found.size() > size);
	}

	private List<QueueItem> items(List<QueueRows.Row> shown) {
		Map<Long, String> customerNames = this.customers
			.namesOf(shown.stream().map(QueueRows.Row::customerId).collect(Collectors.toSet()));
		Map<Long, Person> assignees = this.accounts
			.people(shown.stream().map(QueueRows.Row::assigneeId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<String, WorkTask> tasks = staffTasks(shown);
		return shown.stream().map(row -> {
			WorkTask task = tasks.get(row.processInstanceId());
			Person assignee = row.assigneeId() == null ? null : assignees.get(row.assigneeId());
			return new QueueItem(row.key(), "/tickets/" + row.key(), row.title(), customerNames.get(row.customerId()),
					row.type(), row.urgent(), row.status(), assignee == null ? null : assignee.name(), row.nextDueAt(),
					row.escalatedAt(), task == null ? null : task.id(),
					task == null ? null : TaskKind.of(task.definitionKey()).orElse(null),
					task == null ? null : task.assignee());
		}).toList();
	}

	/** The review or fulfilment task of each ticket of the page that has one open, by process instance. */
	private Map<String, WorkTask> staffTasks(List<QueueRows.Row> shown) {
		List<String> instances = shown.stream().map(QueueRows.Row::processInstanceId).filter(Objects::nonNull).toList();
		return this.userTasks.openTasks(instances)
			.stream()
			.filter(task -> TaskKind.of(task.definitionKey()).filter(kind -> kind != TaskKind.ANSWER).isPresent())
			.collect(Collectors.toMap(WorkTask::processInstanceId, Function.identity(), (first, second) -> first));
	}

}

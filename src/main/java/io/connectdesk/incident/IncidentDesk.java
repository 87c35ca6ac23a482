package io.connectdesk.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.customer.Contracts;
import io.connectdesk.customer.CustomerSummary;
import io.connectdesk.customer.ServicePlan;
import io.connectdesk.workflow.ProcessInstances;
import io.connectdesk.workflow.UserTasks;

/**
 * The SRE's incident desk: every customer's open incidents first (worst severity, then oldest), then
 * the resolved ones of the last 90 days, each with the next service-level target it must meet
 * ({@code incident-service-levels.dmn}); and, for one incident, its three targets and its open
 * postmortem task. Staff only.
 */
@Service
public class IncidentDesk {

	/** Open incidents first, worst severity then oldest first; then the resolved ones, newest first. */
	private static final Comparator<IncidentView> OPEN_FIRST = (one, other) -> {
		if (one.status().isOpen() != other.status().isOpen()) {
			return one.status().isOpen() ? -1 : 1;
		}
		if (!one.status().isOpen()) {
			return other.openedAt().compareTo(one.openedAt());
		}
		int bySeverity = one.severity().compareTo(other.severity());
		return bySeverity != 0 ? bySeverity : one.openedAt().compareTo(other.openedAt());
	};

	private final Incidents incidents;

	private final IncidentRepository repository;

	private final IncidentTargets targets;

	private final Contracts contracts;

	private final ProcessInstances instances;

	private final UserTasks userTasks;

	private final Clock clock;

	IncidentDesk(Incidents incidents, IncidentRepository repository, IncidentTargets targets, Contracts contracts,
			ProcessInstances instances, UserTasks userTasks, Clock clock) {
		this.incidents = incidents;
		this.repository = repository;
		this.targets = targets;
		this.contracts = contracts;
		this.instances = instances;
		this.userTasks = userTasks;
		this.clock = clock;
	}

	/** The desk's rows that pass the filter. */
	@Transactional(readOnly = true)
	public List<DeskRow> board(Caller caller, DeskFilter filter) {
		Incidents.requireStaff(caller);
		Map<Long, ServicePlan> plans = this.contracts.list()
			.stream()
			.collect(Collectors.toMap(CustomerSummary::id, CustomerSummary::plan, (one, other) -> one));
		Instant now = this.clock.instant();
		return this.incidents.recent(caller)
			.stream()
			.filter(filter::passes)
			.sorted(OPEN_FIRST)
			.map(incident -> row(incident, plans.computeIfAbsent(incident.customerId(), this::planOf), now))
			.toList();
	}

	/** The customers a filter may name, by name. */
	@Transactional(readOnly = true)
	public List<CustomerSummary> customers() {
		return this.contracts.list().stream().sorted(Comparator.comparing(CustomerSummary::name)).toList();
	}

	/** Incidents nobody has acknowledged yet (the navigation's badge). */
	@Transactional(readOnly = true)
	public long unacknowledged() {
		return this.repository.countByStatus(IncidentStatus.TRIGGERED);
	}

	/** The incident's three targets: when each is due, when it was met, whether it was missed. */
	@Transactional(readOnly = true)
	public List<TargetView> targets(Caller caller, IncidentView incident) {
		Incidents.requireStaff(caller);
		IncidentTargets.Targets due = targetsOf(incident, planOf(incident.customerId()));
		Instant now = this.clock.instant();
		List<TargetView> views = new ArrayList<>();
		for (IncidentTargets.Target target : IncidentTargets.Target.values()) {
			Instant dueAt = incident.openedAt().plus(target.of(due));
			Instant metAt = metAt(target, incident);
			views.add(new TargetView(target.name(), dueAt, metAt, metAt == null ? now.isAfter(dueAt) : metAt.isAfter(dueAt)));
		}
		return views;
	}

	/** The open postmortem task of a resolved SEV1/SEV2 incident (its id, for the task list). */
	@Transactional(readOnly = true)
	public Optional<String> postmortemTask(Caller caller, Long incidentId) {
		Incidents.requireStaff(caller);
		return this.instances.runningInstance(IncidentProcess.PROCESS_KEY, IncidentProcess.keyOf(incidentId))
			.flatMap(instance -> this.userTasks.openTasks(List.of(instance))
				.stream()
				.filter(task -> IncidentProcess.TASK_WRITE_POSTMORTEM.equals(task.definitionKey()))
				.map(task -> task.id())
				.findFirst());
	}

	private DeskRow row(IncidentView incident, ServicePlan plan, Instant now) {
		IncidentTargets.Targets due = targetsOf(incident, plan);
		Optional<IncidentTargets.Target> next = incident.status().isOpen() ? nextTarget(incident) : Optional.empty();
		return new DeskRow(incident, next.map(Enum::name).orElse(null),
				next.map(target -> incident.openedAt().plus(target.of(due))).orElse(null),
				incident.status().isOpen() ? Duration.between(incident.openedAt(), now) : null,
				incident.status().isOpen() && incident.acknowledgedAt() != null ? Duration.between(incident.acknowledgedAt(), now) : null);
	}

	private ServicePlan planOf(Long customerId) {
		return this.contracts.detail(customerId).contract().plan();
	}

	private IncidentTargets.Targets targetsOf(IncidentView incident, ServicePlan plan) {
		return this.targets.of(incident.severity(), plan);
	}

	private static Optional<IncidentTargets.Target> nextTarget(IncidentView incident) {
		return Arrays.stream(IncidentTargets.Target.values()).filter(target -> metAt(target, incident) == null).findFirst();
	}

	private static Instant metAt(IncidentTargets.Target target, IncidentView incident) {
		return switch (target) {
			case ACKNOWLEDGE -> incident.acknowledgedAt();
			case MITIGATE -> incident.mitigatedAt();
			case RESOLVE -> incident.resolvedAt();
		};
	}

	/** What the desk shows: any status, severity and customer when {@code null}. */
	public record DeskFilter(IncidentStatus status, Severity severity, Long customerId) {

		boolean passes(IncidentView incident) {
			return (this.status == null || this.status == incident.status())
					&& (this.severity == null || this.severity == incident.severity())
					&& (this.customerId == null || this.customerId.equals(incident.customerId()));
		}

	}

	/**
	 * One incident on the desk.
	 * @param nextTarget the next target it must meet ({@code ACKNOWLEDGE}, {@code MITIGATE}, {@code RESOLVE}); {@code null} once resolved
	 * @param sinceOpened how long it has been open; {@code null} once resolved
	 * @param sinceAcknowledged how long since it was acknowledged; {@code null} before, and once resolved
	 */
	public record DeskRow(IncidentView incident, String nextTarget, Instant dueAt, Duration sinceOpened,
			Duration sinceAcknowledged) {
	}

	/** One service-level target of an incident. */
	public record TargetView(String target, Instant dueAt, Instant metAt, boolean missed) {
	}

}

package io.connectdesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.customer.ContractHolidays;
import io.connectdesk.customer.ServiceCalendar;
import io.connectdesk.ticket.TicketDueTimes;
import io.connectdesk.ticket.TicketFacts;
import io.connectdesk.ticket.TimelineKind;
import io.connectdesk.workflow.Workflow;

/**
 * Keeps each ticket's service-level clock and its {@code ServiceLevel} process in step: starts them
 * when the ticket is filed, stops and restarts the clock, settles targets, and records what the
 * process's timers find (warnings, breaches) on the ticket and as events.
 */
@Service
@Transactional
class ServiceLevels {

	private final ServiceLevelClockRepository clocks;

	private final ServiceLevelEventRepository events;

	private final ServiceLevelPolicy policy;

	private final Calendars calendars;

	private final ContractHolidays contracts;

	private final TicketDueTimes tickets;

	private final Workflow workflow;

	private final ApplicationEventPublisher publisher;

	private final SlaSettings settings;

	private final Clock clock;

	ServiceLevels(ServiceLevelClockRepository clocks, ServiceLevelEventRepository events, ServiceLevelPolicy policy,
			Calendars calendars, ContractHolidays contracts, TicketDueTimes tickets, Workflow workflow,
			ApplicationEventPublisher publisher, SlaSettings settings, Clock clock) {
		this.clocks = clocks;
		this.events = events;
		this.policy = policy;
		this.calendars = calendars;
		this.contracts = contracts;
		this.tickets = tickets;
		this.workflow = workflow;
		this.publisher = publisher;
		this.settings = settings;
		this.clock = clock;
	}

	/** A ticket was filed: its targets, due times and timers start now. */
	void start(TicketFacts ticket) {
		if (this.clocks.existsById(ticket.id())) {
			return;
		}
		ServiceCalendar contract = this.contracts.calendarOf(ticket.customerId());
		Targets targets = this.policy.targets(contract.plan(), ticket.urgent(), ticket.type());
		ServiceLevelClock started = this.clocks.save(new ServiceLevelClock(ticket.id(), ticket.customerId(), contract.plan(),
				targets, ticket.createdAt(), this.calendars.of(targets.calendar(), contract), this.settings.warningShare()));
		show(started);
		this.workflow.start(ServiceLevelProcess.PROCESS_KEY, ticket.id(), variables(started));
	}

	/** The first response: the review decision or the first public reply of the service's staff. */
	void respond(String ticketId) {
		this.clocks.findById(ticketId).filter(found -> found.respond(now())).ifPresent(clock -> {
			breachIfLate(clock, ServiceLevelTarget.FIRST_RESPONSE);
			show(clock);
			if (!clock.isPaused()) {
				this.workflow.correlateAll(ServiceLevelProcess.MESSAGE_RESPONDED, ticketId, variables(clock));
			}
		});
	}

	/** Resolved or rejected: the clock stops for good and the process ends. */
	void close(String ticketId) {
		this.clocks.findById(ticketId).ifPresent(clock -> {
			clock.resume(now(), calendarOf(clock));
			if (clock.resolve(now())) {
				breachIfLate(clock, ServiceLevelTarget.RESOLUTION);
				show(clock);
				this.workflow.correlateAll(ServiceLevelProcess.MESSAGE_CLOSED, ticketId, Map.of());
			}
		});
	}

	/** The ticket waits on the customer: the timers stop. */
	void pause(String ticketId) {
		this.clocks.findById(ticketId).filter(found -> found.pause(now())).ifPresent(
				clock -> this.workflow.correlateAll(ServiceLevelProcess.MESSAGE_PAUSED, ticketId, Map.of()));
	}

	/** The customer answered: the timers restart with due times moved by the pause's working time. */
	void resume(String ticketId) {
		this.clocks.findById(ticketId).filter(ServiceLevelClock::isPaused).ifPresent(clock -> {
			clock.resume(now(), calendarOf(clock));
			show(clock);
			this.workflow.correlateAll(ServiceLevelProcess.MESSAGE_RESUMED, ticketId, variables(clock));
		});
	}

	boolean isPaused(String ticketId) {
		return this.clocks.findById(ticketId).map(ServiceLevelClock::isPaused).orElse(false);
	}

	/** A warning timer fired ({@code Task_WarnFirstResponse}, {@code Task_WarnResolution}). */
	void warn(String ticketId, ServiceLevelTarget target) {
		ServiceLevelClock clock = this.clocks.findById(ticketId).orElseThrow();
		clock.warned(target);
		record(clock, target, ServiceLevelEvent.Kind.WARNING);
		this.publisher.publishEvent(new ServiceLevelWarning(ticketId, clock.getCustomerId(), target, clock.dueAt(target)));
	}

	/** A breach timer fired ({@code Task_RecordResponseBreach}, {@code Task_RecordResolutionBreach}). */
	void breach(String ticketId, ServiceLevelTarget target) {
		ServiceLevelClock clock = this.clocks.findById(ticketId).orElseThrow();
		if (clock.breached(target)) {
			recordBreach(clock, target);
		}
	}

	/** A target settled after its due time before the breach timer ran: a breach all the same. */
	private void breachIfLate(ServiceLevelClock clock, ServiceLevelTarget target) {
		if (clock.settledLate(target) && clock.breached(target)) {
			recordBreach(clock, target);
		}
	}

	private void recordBreach(ServiceLevelClock clock, ServiceLevelTarget target) {
		record(clock, target, ServiceLevelEvent.Kind.BREACH);
		this.publisher.publishEvent(new ServiceLevelBreached(clock.getTicketId(), clock.getCustomerId(), target,
				clock.dueAt(target)));
	}

	private void record(ServiceLevelClock clock, ServiceLevelTarget target, ServiceLevelEvent.Kind kind) {
		this.events.save(new ServiceLevelEvent(clock.getTicketId(), clock.getCustomerId(), target, kind,
				clock.dueAt(target), now()));
		this.tickets.recordBySystem(clock.getTicketId(), kind == ServiceLevelEvent.Kind.WARNING
				? TimelineKind.SERVICE_LEVEL_WARNING : TimelineKind.SERVICE_LEVEL_BREACHED, target.name());
	}

	private void show(ServiceLevelClock clock) {
		this.tickets.show(clock.getTicketId(), clock.getResponseDueAt(), clock.getResolutionDueAt(),
				clock.getRespondedAt(), clock.nextDueAt());
	}

	private WorkingCalendar calendarOf(ServiceLevelClock clock) {
		return this.calendars.of(clock.getCalendar(), this.contracts.calendarOf(clock.getCustomerId()));
	}

	/** What the process's gateways and timers read. */
	static Map<String, Object> variables(ServiceLevelClock clock) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ServiceLevelProcess.VAR_RESPONSE_WARN_AT, Date.from(clock.getResponseWarnAt()));
		variables.put(ServiceLevelProcess.VAR_RESPONSE_DUE_AT, Date.from(clock.getResponseDueAt()));
		variables.put(ServiceLevelProcess.VAR_RESOLUTION_WARN_AT, Date.from(clock.getResolutionWarnAt()));
		variables.put(ServiceLevelProcess.VAR_RESOLUTION_DUE_AT, Date.from(clock.getResolutionDueAt()));
		variables.put(ServiceLevelProcess.VAR_RESPONDED, clock.getRespondedAt() != null);
		variables.put(ServiceLevelProcess.VAR_RESPONSE_WARNED, clock.isResponseWarned());
		variables.put(ServiceLevelProcess.VAR_RESPONSE_BREACHED, clock.isBreached(ServiceLevelTarget.FIRST_RESPONSE));
		variables.put(ServiceLevelProcess.VAR_RESOLUTION_WARNED, clock.isResolutionWarned());
		variables.put(ServiceLevelProcess.VAR_RESOLUTION_BREACHED, clock.isBreached(ServiceLevelTarget.RESOLUTION));
		return variables;
	}

	private Instant now() {
		return this.clock.instant();
	}

}

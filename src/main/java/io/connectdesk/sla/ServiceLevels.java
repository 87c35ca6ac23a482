package io.connectdesk.sla;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.customer.ContractHolidays;
import io.connectdesk.customer.ServiceCalendar;
import io.connectdesk.ticket.LineArgument;
import io.connectdesk.ticket.LineDetail;
import io.connectdesk.ticket.TicketDueTimes;
import io.connectdesk.ticket.TicketFacts;

/**
 * Keeps each ticket's service-level clock: starts it when the ticket is filed, stops and restarts it,
 * settles targets, and records the alarms {@link ServiceLevelAlarms} finds due (warnings, breaches)
 * on the ticket and as events. No process instance per ticket: the clock row is the timer.
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

	private final ApplicationEventPublisher publisher;

	private final SlaSettings settings;

	private final Clock clock;

	ServiceLevels(ServiceLevelClockRepository clocks, ServiceLevelEventRepository events, ServiceLevelPolicy policy,
			Calendars calendars, ContractHolidays contracts, TicketDueTimes tickets, ApplicationEventPublisher publisher, SlaSettings settings, Clock clock) {
		this.clocks = clocks;
		this.events = events;
		this.policy = policy;
		this.calendars = calendars;
		this.contracts = contracts;
		this.tickets = tickets;
		this.publisher = publisher;
		this.settings = settings;
		this.clock = clock;
	}

	/** A ticket was filed (once: in the filing's transaction): its targets, due times and alarms start now. */
	void start(TicketFacts ticket) {
		show(this.clocks.save(clockOf(ticket)));
	}

	/** The clock a ticket filed with these facts starts; not saved. */
	ServiceLevelClock clockOf(TicketFacts ticket) {
		ServiceCalendar contract = this.contracts.calendarOf(ticket.customerId());
		Targets targets = this.policy.targets(contract.plan(), ticket.urgent(), ticket.type());
		return new ServiceLevelClock(ticket.id(), ticket.customerId(), contract.plan(), targets, ticket.createdAt(),
				this.calendars.of(targets.calendar(), contract), this.settings.warningShare());
	}

	/** The first response: the review decision or the first public reply of the service's staff. */
	void respond(String ticketId) {
		this.clocks.findById(ticketId).filter(found -> found.respond(now())).ifPresent(clock -> {
			breachIfLate(clock, ServiceLevelTarget.FIRST_RESPONSE);
			show(clock);
		});
	}

	/** Resolved or rejected: the clock stops for good. */
	void close(String ticketId) {
		this.clocks.findById(ticketId).ifPresent(clock -> {
			clock.resume(now(), calendarOf(clock));
			if (clock.resolve(now())) {
				breachIfLate(clock, ServiceLevelTarget.RESOLUTION);
				show(clock);
			}
		});
	}

	/** The ticket waits on the customer: no alarm until it resumes. */
	void pause(String ticketId) {
		this.clocks.findById(ticketId).ifPresent(clock -> clock.pause(now()));
	}

	/** The customer answered: the alarms restart with due times moved by the pause's working time. */
	void resume(String ticketId) {
		this.clocks.findById(ticketId).filter(ServiceLevelClock::isPaused).ifPresent(clock -> {
			clock.resume(now(), calendarOf(clock));
			show(clock);
		});
	}

	boolean isPaused(String ticketId) {
		return this.clocks.findById(ticketId).map(ServiceLevelClock::isPaused).orElse(false);
	}

	/**
	 * Raises the ticket's alarms that are due, each once: the clock's version makes a second node that
	 * raced for the same clock fail and roll back.
	 * @return how many alarms were raised
	 */
	int raiseDueAlarms(String ticketId) {
		ServiceLevelClock clock = this.clocks.findById(ticketId).orElse(null);
		if (clock == null) {
			return 0;
		}
		int raised = 0;
		for (TargetAlarm alarm : clock.alarmsDue(now())) {
			if (alarm.breach()) {
				breach(clock, alarm.target());
			}
			else {
				warn(clock, alarm.target());
			}
			raised++;
		}
		return raised;
	}

	/** A target's warning share has passed. */
	private void warn(ServiceLevelClock clock, ServiceLevelTarget target) {
		String ticketId = clock.getTicketId();
		clock.warned(target);
		record(clock, target, ServiceLevelEvent.Kind.WARNING);
		this.publisher.publishEvent(new ServiceLevelWarning(ticketId, clock.getCustomerId(), target, clock.dueAt(target)));
	}

	/** A target's due time has passed. */
	private void breach(ServiceLevelClock clock, ServiceLevelTarget target) {
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
		if (kind == ServiceLevelEvent.Kind.WARNING) {
			this.tickets.recordWarning(clock.getTicketId(), ServiceLevelLine.SERVICE_LEVEL_WARNING,
					target == ServiceLevelTarget.FIRST_RESPONSE, named(target));
		}
		else {
			this.tickets.recordBySystem(clock.getTicketId(), ServiceLevelLine.SERVICE_LEVEL_BREACHED, named(target));
		}
	}

	private static LineDetail named(ServiceLevelTarget target) {
		return LineDetail.of(ServiceLevelSentence.SERVICE_LEVEL_TARGET,
				LineArgument.message("sla.target." + target.name(), target.name()));
	}

	private void show(ServiceLevelClock clock) {
		this.tickets.show(clock.getTicketId(), clock.getResponseDueAt(), clock.getResolutionDueAt(),
				clock.getRespondedAt(), clock.nextDueAt());
	}

	private WorkingCalendar calendarOf(ServiceLevelClock clock) {
		return this.calendars.of(clock.getCalendar(), this.contracts.calendarOf(clock.getCustomerId()));
	}

	private Instant now() {
		return this.clock.instant();
	}

}

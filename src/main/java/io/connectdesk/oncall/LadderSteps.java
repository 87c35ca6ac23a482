package io.connectdesk.oncall;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Role;
import io.connectdesk.identity.Accounts;
import io.connectdesk.identity.Person;
import io.connectdesk.notification.StaffNotices;
import io.connectdesk.ticket.LineArgument;
import io.connectdesk.ticket.LineDetail;
import io.connectdesk.ticket.TicketEntries;

/**
 * The steps of the escalation ladder's service tasks: who to call, the mail, the timeline line.
 * Whoever is on call when the step runs is called, so a handover between steps is respected.
 */
@Service
@Transactional
class LadderSteps {

	private final OnCallSchedule schedule;

	private final Accounts accounts;

	private final StaffNotices notices;

	private final TicketEntries tickets;

	LadderSteps(OnCallSchedule schedule, Accounts accounts, StaffNotices notices, TicketEntries tickets) {
		this.schedule = schedule;
		this.accounts = accounts;
		this.notices = notices;
		this.tickets = tickets;
	}

	/** Calls the primary; with nobody on call, the experts at once. */
	void notifyPrimary(String ticketKey) {
		Optional<ShiftView> shift = this.schedule.current();
		if (shift.isEmpty()) {
			List<Person> experts = experts();
			this.notices.send(ticketKey, OnCallLine.ESCALATED, experts.stream().map(Person::email).toList());
			this.tickets.recordBySystem(ticketKey, OnCallLine.ONCALL_NOTIFIED,
					LineDetail.of(OnCallSentence.NOBODY_ON_CALL_EXPERTS, names(experts)));
			return;
		}
		call(ticketKey, shift.get().primary(), "primary");
	}

	void notifySecondary(String ticketKey) {
		this.schedule.current().ifPresentOrElse(shift -> call(ticketKey, shift.secondary(), "secondary"),
				() -> this.tickets.recordBySystem(ticketKey, OnCallLine.ONCALL_NOTIFIED,
						LineDetail.of(OnCallSentence.NOBODY_ON_CALL)));
	}

	/** Mails every expert; {@code climbed}: nobody claimed the ticket, so the ladder escalated it itself. */
	void notifyExperts(String ticketKey, boolean climbed) {
		List<Person> experts = experts();
		if (climbed) {
			this.tickets.recordBySystem(ticketKey, OnCallLine.ESCALATED, LineDetail.of(OnCallSentence.NOBODY_CLAIMED_IN_TIME));
		}
		this.tickets.markEscalated(ticketKey);
		this.notices.send(ticketKey, OnCallLine.ESCALATED, experts.stream().map(Person::email).toList());
		this.tickets.recordBySystem(ticketKey, OnCallLine.ONCALL_NOTIFIED, LineDetail.of(OnCallSentence.EXPERTS_CALLED, names(experts)));
	}

	private void call(String ticketKey, Person engineer, String role) {
		this.notices.send(ticketKey, OnCallLine.ONCALL_NOTIFIED, List.of(engineer.email()));
		this.tickets.recordBySystem(ticketKey, OnCallLine.ONCALL_NOTIFIED, LineDetail.of(OnCallSentence.ENGINEER_CALLED,
				LineArgument.message("oncall." + role, role), LineArgument.text(engineer.name())));
	}

	private List<Person> experts() {
		return this.accounts.staffWithRole(Role.EXPERT);
	}

	private static LineArgument names(List<Person> people) {
		return LineArgument.texts(people.stream().map(Person::name).toList());
	}

}

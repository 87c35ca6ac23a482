package io.connectdesk.sla;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.connectdesk.customer.ServiceCalendar;

/** Builds the working calendar a ticket's targets count in, from the settings and the customer's contract. */
@Component
class Calendars {

	private final SlaSettings settings;

	Calendars(SlaSettings settings) {
		this.settings = settings;
	}

	WorkingCalendar of(CalendarKind kind, ServiceCalendar contract) {
		if (kind == CalendarKind.TWENTY_FOUR_SEVEN) {
			return WorkingCalendar.aroundTheClock();
		}
		return WorkingCalendar.businessHours(contract.zone(), this.settings.opens(), this.settings.closes(),
				this.settings.workingDays(), Set.copyOf(contract.holidays()));
	}

}

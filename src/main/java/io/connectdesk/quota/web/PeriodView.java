package io.connectdesk.quota.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import io.connectdesk.quota.PeriodHistory;
import io.connectdesk.quota.QuotaEvent;

/** A period as the quota page shows it: times in the customer's time zone. */
record PeriodView(ZonedDateTime start, ZonedDateTime end, int slots, int used, int left, List<EventView> events) {

	static PeriodView of(PeriodHistory period, ZoneId zone) {
		return new PeriodView(period.start().atZone(zone), period.end().atZone(zone), period.slots(), period.used(),
				Math.max(0, period.slots() - period.used()),
				period.events().stream().map(event -> EventView.of(event, zone)).toList());
	}

	record EventView(ZonedDateTime at, QuotaEvent.Kind kind, String ticketId, String who, String reason) {

		static EventView of(QuotaEvent event, ZoneId zone) {
			return new EventView(event.at().atZone(zone), event.kind(), event.ticketId(), event.who(),
					event.reason() == null ? null : event.reason().name());
		}

	}

}

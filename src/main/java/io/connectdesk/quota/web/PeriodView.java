package io.connectdesk.quota.web;

import java.time.Instant;
import java.util.List;

import io.connectdesk.quota.PeriodHistory;
import io.connectdesk.quota.QuotaEvent;

/** A period as the quota page shows it; the page shows its times in the viewer's zone (one clock, as the new-ticket form). */
record PeriodView(Instant start, Instant end, int slots, int used, int left, List<EventView> events) {

	static PeriodView of(PeriodHistory period) {
		return new PeriodView(period.start(), period.end(), period.slots(), period.used(),
				Math.max(0, period.slots() - period.used()),
				period.events().stream().map(EventView::of).toList());
	}

	record EventView(Instant at, QuotaEvent.Kind kind, String ticketId, String who, String reason) {

		static EventView of(QuotaEvent event) {
			return new EventView(event.at(), event.kind(), event.ticketId(), event.who(),
					event.reason() == null ? null : event.reason().name());
		}

	}

}

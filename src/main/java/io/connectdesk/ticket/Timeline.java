package io.connectdesk.ticket;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;

/** Records every change to a ticket (what, who, when) and announces it. */
@Component
class Timeline {

	/** The length of {@code ticket_event.detail}. */
	static final int DETAIL_LENGTH = 2000;

	private final TicketEventRepository events;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final TimelineKinds kinds;

	Timeline(TicketEventRepository events, ApplicationEventPublisher publisher, Clock clock, TimelineKinds kinds) {
		this.events = events;
		this.kinds = kinds;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** A change someone made. */
	void record(Ticket ticket, LineKind kind, Caller actor, String detail) {
		save(ticket, kind, actor.userId(), actor.name(), detail);
	}

	/** A change the process made by itself (a timer fired). */
	void recordBySystem(Ticket ticket, LineKind kind) {
		recordBySystem(ticket, kind, null);
	}

	/** A change the system made by itself, with what the reader needs to know about it. */
	void recordBySystem(Ticket ticket, LineKind kind, String detail) {
		save(ticket, kind, null, "system", detail);
	}

	/**
	 * A line's detail fits its column; longer texts (a rejection or reopen reason may have up to
	 * 10,000 characters) are whole in the conversation.
	 */
	private static String shortened(String detail) {
		if (detail == null || detail.length() <= DETAIL_LENGTH) {
			return detail;
		}
		return detail.substring(0, DETAIL_LENGTH - 1) + "\u2026";
	}

	List<TimelineEntry> visibleTo(Ticket ticket, Caller caller) {
		return this.events.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())
			.stream()
			.map(event -> event.toView(this.kinds))
			.filter(entry -> caller.isStaff() || !entry.kind().isInternal())
			.toList();
	}

	private void save(Ticket ticket, LineKind kind, Long actorId, String actorName, String detail) {
		this.events.save(new TicketEvent(ticket.getId(), kind, actorId, actorName, shortened(detail), this.clock.instant()));
		this.publisher.publishEvent(new TicketChanged(ticket.key(), ticket.getCustomerId(), kind, actorId));
	}

}

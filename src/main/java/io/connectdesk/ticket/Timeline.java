package io.connectdesk.ticket;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.connectdesk.identity.Caller;

/** Records every change to a ticket (what, who, when) and announces it. */
@Component
class Timeline {

	private final TicketEventRepository events;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Timeline(TicketEventRepository events, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** A change someone made. */
	void record(Ticket ticket, TimelineKind kind, Caller actor, String detail) {
		save(ticket, kind, actor.userId(), actor.name(), detail);
	}

	/** A change the process made by itself (a timer fired). */
	void recordBySystem(Ticket ticket, TimelineKind kind) {
		save(ticket, kind, null, "system", null);
	}

	List<TimelineEntry> visibleTo(Ticket ticket, Caller caller) {
		return this.events.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())
			.stream()
			.map(TicketEvent::toView)
			.filter(entry -> caller.isStaff() || !entry.kind().isInternal())
			.toList();
	}

	private void save(Ticket ticket, TimelineKind kind, Long actorId, String actorName, String detail) {
		this.events.save(new TicketEvent(ticket.getId(), kind, actorId, actorName, detail, this.clock.instant()));
		this.publisher.publishEvent(new TicketChanged(ticket.key(), ticket.getCustomerId(), kind, actorId));
	}

}

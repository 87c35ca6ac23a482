package io.connectdesk.ticket;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a ticket's timeline: what changed, who did it (none: the system), when. */
@Entity
@Table(name = "ticket_event")
class TicketEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	/** A {@link LineKind}'s name. */
	private String kind;

	private Long actorId;

	private String actorName;

	private String detail;

	private Instant createdAt;

	protected TicketEvent() {
	}

	TicketEvent(Long ticketId, LineKind kind, Long actorId, String actorName, String detail, Instant createdAt) {
		this.ticketId = ticketId;
		this.kind = kind.name();
		this.actorId = actorId;
		this.actorName = actorName;
		this.detail = detail;
		this.createdAt = createdAt;
	}

	TimelineEntry toView(TimelineKinds kinds) {
		return new TimelineEntry(kinds.of(this.kind), this.actorId == null ? null : this.actorName, this.detail, this.createdAt);
	}

	String getKind() {
		return this.kind;
	}

}

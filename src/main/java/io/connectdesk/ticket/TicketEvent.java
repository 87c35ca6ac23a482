package io.connectdesk.ticket;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

	@Enumerated(EnumType.STRING)
	private TimelineKind kind;

	private Long actorId;

	private String actorName;

	private String detail;

	private Instant createdAt;

	protected TicketEvent() {
	}

	TicketEvent(Long ticketId, TimelineKind kind, Long actorId, String actorName, String detail, Instant createdAt) {
		this.ticketId = ticketId;
		this.kind = kind;
		this.actorId = actorId;
		this.actorName = actorName;
		this.detail = detail;
		this.createdAt = createdAt;
	}

	TimelineEntry toView() {
		return new TimelineEntry(this.kind, this.actorId == null ? null : this.actorName, this.detail, this.createdAt);
	}

	TimelineKind getKind() {
		return this.kind;
	}

}

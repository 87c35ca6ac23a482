package io.connectdesk.sla;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A warning or a breach of one target of a ticket, as recorded when it happened. */
@Entity
@Table(name = "service_level_event")
class ServiceLevelEvent {

	enum Kind {
		WARNING, BREACH
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String ticketId;

	private Long customerId;

	@Enumerated(EnumType.STRING)
	private ServiceLevelTarget target;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private Instant dueAt;

	private Instant recordedAt;

	protected ServiceLevelEvent() {
	}

	ServiceLevelEvent(String ticketId, Long customerId, ServiceLevelTarget target, Kind kind, Instant dueAt,
			Instant recordedAt) {
		this.ticketId = ticketId;
		this.customerId = customerId;
		this.target = target;
		this.kind = kind;
		this.dueAt = dueAt;
		this.recordedAt = recordedAt;
	}

	String getTicketId() {
		return this.ticketId;
	}

	ServiceLevelTarget getTarget() {
		return this.target;
	}

	Kind getKind() {
		return this.kind;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

}

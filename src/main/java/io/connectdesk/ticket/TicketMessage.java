package io.connectdesk.ticket;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a ticket's conversation: a public reply, or an internal note only staff see. */
@Entity
@Table(name = "ticket_message")
class TicketMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ticketId;

	private Long authorId;

	private String authorName;

	private boolean internal;

	private String body;

	private Instant createdAt;

	protected TicketMessage() {
	}

	TicketMessage(Long ticketId, Long authorId, String authorName, boolean internal, String body, Instant createdAt) {
		this.ticketId = ticketId;
		this.authorId = authorId;
		this.authorName = authorName;
		this.internal = internal;
		this.body = body;
		this.createdAt = createdAt;
	}

	MessageView toView() {
		return new MessageView(this.id, this.authorName, this.internal, this.body, this.createdAt);
	}

	boolean isInternal() {
		return this.internal;
	}

}

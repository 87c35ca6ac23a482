package io.connectdesk.ticket;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Remembers which ticket a requester's Idempotency-Key filed, and a fingerprint of the request. */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord {

	@EmbeddedId
	private Key id;

	private String requestHash;

	private Long ticketId;

	private Instant createdAt;

	protected IdempotencyRecord() {
	}

	IdempotencyRecord(Key id, String requestHash, Long ticketId, Instant createdAt) {
		this.id = id;
		this.requestHash = requestHash;
		this.ticketId = ticketId;
		this.createdAt = createdAt;
	}

	boolean matches(String requestHash) {
		return this.requestHash.equals(requestHash);
	}

	Long getTicketId() {
		return this.ticketId;
	}

	@Embeddable
	record Key(Long requesterId, @Column(name = "idem_key") String idemKey) implements Serializable {
	}

}

package io.connectdesk.filing;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** Remembers which ticket a requester's Idempotency-Key filed, and a fingerprint of the request. */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord implements Persistable<IdempotencyRecord.Key> {

	@EmbeddedId
	private Key id;

	/**
	 * A new record is always inserted, never merged: with an assigned id, Spring Data would merge,
	 * and a concurrent retry would overwrite the first request's record instead of failing on its key.
	 */
	@Transient
	private boolean isNew = true;

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

	@Override
	public Key getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.isNew = false;
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

package io.connectdesk.access;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time link as stored: the SHA-256 of its token, never the token itself. */
@Entity
@Table(name = "account_token")
class AccountLink {

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	private Long userId;

	@Enumerated(EnumType.STRING)
	private LinkPurpose purpose;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected AccountLink() {
	}

	AccountLink(String tokenHash, Long userId, LinkPurpose purpose, Instant createdAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.userId = userId;
		this.purpose = purpose;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	Long getUserId() {
		return this.userId;
	}

	boolean isFor(LinkPurpose purpose) {
		return this.purpose == purpose;
	}

	boolean isUsableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

}

package io.connectdesk.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer user's personal access token: its hash (never the token), scopes, expiry and use. */
@Entity
@Table(name = "api_token")
class ApiToken {

	/** "Last used" is written at most once in this while, so that a busy token costs no write per request. */
	static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long userId;

	private Long customerId;

	private String name;

	private String tokenHash;

	private String hint;

	private String scopes;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(Long userId, Long customerId, String name, String tokenHash, String hint, Set<TokenScope> scopes,
			Instant createdAt, Instant expiresAt) {
		this.userId = userId;
		this.customerId = customerId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.hint = hint;
		this.scopes = scopes.stream().map(TokenScope::code).sorted().collect(Collectors.joining(" "));
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	Long getId() {
		return this.id;
	}

	Long getUserId() {
		return this.userId;
	}

	Long getCustomerId() {
		return this.customerId;
	}

	Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	Set<TokenScope> scopes() {
		Set<TokenScope> all = EnumSet.noneOf(TokenScope.class);
		Arrays.stream(this.scopes.split(" ")).map(TokenScope::find).flatMap(java.util.Optional::stream).forEach(all::add);
		return all;
	}

	boolean worksAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	/** Whether a use now should be written (the last one written is older than {@link #USE_RESOLUTION}). */
	boolean useIsNewsAt(Instant now) {
		return this.lastUsedAt == null || !this.lastUsedAt.plus(USE_RESOLUTION).isAfter(now);
	}

	/** Revokes the token; false if it was revoked already. */
	boolean revoke(Instant now) {
		if (this.revokedAt != null) {
			return false;
		}
		this.revokedAt = now;
		return true;
	}

	ApiTokenView toView(String ownerEmail, Instant now) {
		return new ApiTokenView(this.id, this.name, this.hint + "…", scopes(), ownerEmail, this.customerId, this.createdAt,
				this.expiresAt, this.lastUsedAt, this.revokedAt, worksAt(now));
	}

}

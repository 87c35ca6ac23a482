package io.connectdesk.provisioning.adapter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.AuditedAct;
import io.connectdesk.common.Caller;

/**
 * Who may use a served repository, and the personal tokens they use it with. A token is random
 * (256 bits), so one SHA-256 is enough to keep it unrecoverable; it is shown once, when issued.
 */
@Component
class GitAccess {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	GitAccess(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** Exactly these people may use the repository from now on. */
	@Transactional
	void allowOnly(String repository, Collection<String> emails) {
		this.jdbc.sql("delete from git_repository_member where repository = ?").param(repository).update();
		emails.stream().map(GitAccess::normalized).distinct().forEach(email -> this.jdbc
			.sql("insert into git_repository_member (repository, email) values (?, ?)")
			.params(repository, email)
			.update());
	}

	List<String> members(String repository) {
		return this.jdbc.sql("select email from git_repository_member where repository = ? order by email")
			.param(repository)
			.query(String.class)
			.list();
	}

	boolean mayUse(String repository, String email) {
		return email != null && this.jdbc.sql("select count(*) from git_repository_member where repository = ? and email = ?")
			.params(repository, normalized(email))
			.query(Long.class)
			.single() > 0;
	}

	void forget(String repository) {
		this.jdbc.sql("delete from git_repository_member where repository = ?").param(repository).update();
	}

	/** A new token for the signed-in person, audited (its id, never the token); the previous one stops working. */
	@Transactional
	IssuedToken issue(Caller caller) {
		IssuedToken issued = issue(caller.email());
		this.events.publishEvent(AuditedAct.by(caller, "GIT_TOKEN_ISSUED", caller.customerId(), "git-token",
				issued.tokenId(), java.util.Map.of("owner", issued.email())));
		return issued;
	}

	/** A new token for the person; the previous one stops working. */
	@Transactional
	IssuedToken issue(String email) {
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = "cdg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String tokenId = "tok-" + UUID.randomUUID().toString().substring(0, 13);
		String owner = normalized(email);
		this.jdbc.sql("delete from git_token where email = ?").param(owner).update();
		this.jdbc.sql("insert into git_token (email, token_id, token_hash, created_at) values (?, ?, ?, ?)")
			.params(owner, tokenId, hash(token), this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return new IssuedToken(owner, tokenId, token);
	}

	/** The person's token id, if they have one: safe to show, unlike the token. */
	Optional<String> tokenIdOf(String email) {
		return this.jdbc.sql("select token_id from git_token where email = ?").param(normalized(email)).query(String.class).optional();
	}

	boolean authenticates(String email, String token) {
		if (email == null || token == null) {
			return false;
		}
		return this.jdbc.sql("select token_hash from git_token where email = ?")
			.param(normalized(email))
			.query(String.class)
			.optional()
			.map(stored -> MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), hash(token).getBytes(StandardCharsets.US_ASCII)))
			.orElse(false);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String normalized(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** @param token shown to its owner once, never stored */
	record IssuedToken(String email, String tokenId, String token) {
	}

}

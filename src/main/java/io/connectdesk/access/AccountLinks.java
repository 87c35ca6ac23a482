package io.connectdesk.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links: 256 random bits, kept only as their SHA-256 hash, usable once and until they
 * expire ({@code connectdesk.access.link-validity}).
 */
@Service
class AccountLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountLinkRepository repository;

	private final AccessSettings settings;

	private final Clock clock;

	AccountLinks(AccountLinkRepository repository, AccessSettings settings, Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.clock = clock;
	}

	/** A new link for the person, replacing earlier ones for the same purpose; answers the token. */
	@Transactional
	String issue(Long userId, LinkPurpose purpose) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.repository.retire(userId, purpose, now);
		this.repository.save(new AccountLink(hash(token), userId, purpose, now, now.plus(this.settings.linkValidity())));
		return token;
	}

	/** The person the link is for, while it works; changes nothing. */
	@Transactional(readOnly = true)
	Optional<Long> holder(String token, LinkPurpose purpose) {
		Instant now = this.clock.instant();
		return this.repository.findById(hash(token))
			.filter(link -> link.isFor(purpose) && link.isUsableAt(now))
			.map(AccountLink::getUserId);
	}

	/** Uses the link up and answers its person; empty if it was used, expired or never issued. */
	@Transactional
	Optional<Long> use(String token, LinkPurpose purpose) {
		String hash = hash(token);
		if (this.repository.use(hash, purpose, this.clock.instant()) != 1) {
			return Optional.empty();
		}
		return this.repository.findById(hash).map(AccountLink::getUserId);
	}

	String url(String token, LinkPurpose purpose) {
		return this.settings.baseUrl().replaceAll("/+$", "") + purpose.path() + token;
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}

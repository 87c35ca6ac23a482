package io.connectdesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.AuditedAct;
import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.common.Role;

/**
 * Customer users' personal access tokens for the API: created with a name, scopes and an expiry of
 * at most a year, shown once, stored as a SHA-256 hash, revoked by their owner or an admin. Issue and
 * revocation are audited.
 */
@Service
public class ApiTokens {

	/** Every token starts so: it is told apart from an identity provider's JWT (and found by secret scanners). */
	public static final String PREFIX = "cdp_";

	static final Duration LONGEST = Duration.ofDays(365);

	private final ApiTokenRepository tokens;

	private final UserAccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A new token of the signed-in customer user, with the caller's own access narrowed to the scopes.
	 * @throws ForbiddenException unless the caller belongs to a customer
	 */
	@Transactional
	public CreatedApiToken create(Caller caller, NewApiToken request) {
		if (caller.customerId() == null) {
			throw new ForbiddenException("customer-users-only", "Only a customer's users create API tokens");
		}
		check(request);
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		ApiToken saved = this.tokens.save(new ApiToken(caller.userId(), caller.customerId(), request.name().strip(),
				hash(token), token.substring(0, 8), Set.copyOf(request.scopes()), now,
				now.plus(Duration.ofDays(request.expiresInDays()))));
		ApiTokenView view = saved.toView(caller.email(), now);
		audit(caller, "API_TOKEN_ISSUED", view);
		return new CreatedApiToken(view, token);
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> mine(Caller caller) {
		Instant now = this.clock.instant();
		return this.tokens.findByUserIdOrderByCreatedAtDescIdDesc(caller.userId()).stream().map(t -> t.toView(caller.email(), now)).toList();
	}

	/** Revokes one of the caller's own tokens; someone else's does not exist for them. */
	@Transactional
	public ApiTokenView revokeOwn(Caller caller, Long tokenId) {
		return revoke(caller, this.tokens.findById(tokenId).filter(token -> token.getUserId().equals(caller.userId())), tokenId);
	}

	/** Every token of the customer's users, for an admin. */
	@Transactional(readOnly = true)
	public List<ApiTokenView> ofCustomer(Caller admin, Long customerId) {
		requireAdmin(admin);
		Instant now = this.clock.instant();
		return this.tokens.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId).stream().map(t -> t.toView(ownerOf(t), now)).toList();
	}

	@Transactional
	public ApiTokenView revokeOfCustomer(Caller admin, Long customerId, Long tokenId) {
		requireAdmin(admin);
		return revoke(admin, this.tokens.findById(tokenId).filter(token -> token.getCustomerId().equals(customerId)), tokenId);
	}

	/**
	 * The caller behind a working token (not revoked, not expired, its owner's account enabled) and its
	 * scopes; notes the use at most once a minute. A sign-in lock-out does not stop a token: it holds
	 * off password guessing from one address, and a token is no password.
	 */
	@Transactional
	Optional<TokenUse> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(hash(token)).filter(found -> found.worksAt(now)).flatMap(found -> this.accounts
			.findById(found.getUserId())
			.filter(UserAccount::isEnabled)
			.map(account -> {
				if (found.useIsNewsAt(now)) {
					this.tokens.recordUse(found.getId(), now, now.minus(ApiToken.USE_RESOLUTION));
				}
				return new TokenUse(found.getId(), account.toCaller(), found.scopes());
			}));
	}

	private ApiTokenView revoke(Caller caller, Optional<ApiToken> found, Long tokenId) {
		ApiToken token = found.orElseThrow(() -> new NotFoundException("token-not-found", "No API token " + tokenId));
		Instant now = this.clock.instant();
		boolean revoked = token.revoke(now);
		ApiTokenView view = token.toView(ownerOf(token), now);
		if (revoked) {
			audit(caller, "API_TOKEN_REVOKED", view);
		}
		return view;
	}

	private void audit(Caller actor, String action, ApiTokenView token) {
		this.events.publishEvent(AuditedAct.by(actor, action, token.customerId(), "api-token", token.id(),
				Map.of("name", token.name(), "owner", token.owner(), "scopes", token.scopes().stream().map(TokenScope::code).sorted().toList(),
						"expiresAt", token.expiresAt().toString())));
	}

	private String ownerOf(ApiToken token) {
		return this.accounts.findById(token.getUserId()).map(UserAccount::getEmail).orElse("");
	}

	private static void check(NewApiToken request) {
		if (request.name() == null || request.name().isBlank() || request.name().length() > 100) {
			throw InvalidInputException.of("name", "Name the token (at most 100 characters)");
		}
		if (request.scopes() == null || request.scopes().isEmpty() || request.scopes().contains(null)) {
			throw InvalidInputException.of("scopes", "Choose at least one scope");
		}
		if (request.expiresInDays() == null || request.expiresInDays() < 1 || request.expiresInDays() > LONGEST.toDays()) {
			throw InvalidInputException.of("expiresInDays", "A token works from one day to a year");
		}
	}

	private static void requireAdmin(Caller caller) {
		if (!caller.has(Role.ADMIN)) {
			throw new ForbiddenException("admin-only", "Only admins manage other people's API tokens");
		}
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A new token: shown this once, never again. */
	public record CreatedApiToken(ApiTokenView details, String token) {
	}

	/** A request made with a working token. */
	record TokenUse(Long tokenId, Caller caller, Set<TokenScope> scopes) {
	}

}

package io.connectdesk.approval;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.connectdesk.cluster.SecretKeys;

/**
 * The signed links in approval mails: {@code /approvals/link?token=...}, where the token carries the
 * request, the approver it was sent to and its expiry, and an HMAC-SHA256 over the three. A link
 * works only for that approver, signed in, while the request waits for their decision: deciding
 * uses it up. The secret comes from {@code connectdesk.approval.link-secret}, else it is derived from
 * the cluster's secret key ({@link SecretKeys}), so a link signed on one node verifies on every other;
 * without either, mails carry no such link. The derived secret is read on first use, not while the application starts:
 * reading it takes the cluster lock in a transaction, which would wait for Hibernate (docs/startup.md).
 */
@Component
class ApprovalLinks {

	static final String PATH = "/approvals/link";

	private static final Logger log = LoggerFactory.getLogger(ApprovalLinks.class);

	private static final String ALGORITHM = "HmacSHA256";

	/** Without a link secret of its own, the links' key is derived from the cluster's secret key: every node verifies them. */
	static final String LINK_KEY_PURPOSE = "approval-links";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final ApprovalSettings settings;

	private final SecretKeys keys;

	private final Clock clock;

	/** Null until first asked; then the secret, or empty without one. */
	private Optional<byte[]> secret;

	ApprovalLinks(ApprovalSettings settings, SecretKeys keys, Clock clock) {
		this.settings = settings;
		this.keys = keys;
		this.clock = clock;
	}

	boolean enabled() {
		return secret().isPresent();
	}

	private synchronized Optional<byte[]> secret() {
		if (this.secret == null) {
			if (this.settings.linkSecret() != null && !this.settings.linkSecret().isBlank()) {
				this.secret = Optional.of(this.settings.linkSecret().getBytes(StandardCharsets.UTF_8));
			}
			else {
				this.secret = this.keys.derived(LINK_KEY_PURPOSE);
				if (this.secret.isEmpty()) {
					log.warn("No connectdesk.approval.link-secret nor secret key: approval mails point to the inbox instead of a signed link");
				}
			}
		}
		return this.secret;
	}

	/** The path (with its query) of the link for that approver, valid until the request's expiry. */
	Optional<String> linkFor(Long requestId, Long approverId, Instant expires) {
		if (!enabled()) {
			return Optional.empty();
		}
		String payload = requestId + ":" + approverId + ":" + expires.getEpochSecond();
		String token = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(payload));
		return Optional.of(PATH + "?token=" + token);
	}

	/** What a token says, if it is ours, untampered and not expired. */
	Optional<LinkClaim> verify(String token) {
		if (!enabled() || token == null) {
			return Optional.empty();
		}
		try {
			String[] parts = token.split("\\.");
			if (parts.length != 2) {
				return Optional.empty();
			}
			String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
			if (!MessageDigest.isEqual(sign(payload), Base64.getUrlDecoder().decode(parts[1]))) {
				return Optional.empty();
			}
			String[] fields = payload.split(":");
			LinkClaim claim = new LinkClaim(Long.valueOf(fields[0]), Long.valueOf(fields[1]),
					Instant.ofEpochSecond(Long.parseLong(fields[2])));
			return claim.expires().isAfter(this.clock.instant()) ? Optional.of(claim) : Optional.empty();
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
			return Optional.empty();
		}
	}

	private byte[] sign(String payload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret().orElseThrow(), ALGORITHM));
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign an approval link", ex);
		}
	}

	/** A verified token: the request and the approver it was sent to. */
	record LinkClaim(Long requestId, Long approverId, Instant expires) {
	}

}

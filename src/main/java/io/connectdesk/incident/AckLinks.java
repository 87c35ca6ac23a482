package io.connectdesk.incident;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import io.connectdesk.cluster.SecretKeys;

/**
 * The signed acknowledgement links of pages: {@code /incidents/ack?token=…}, the token carrying the
 * incident, the paged engineer and an expiry, with an HMAC-SHA256 over them under a key derived from
 * the cluster's secret key (every node verifies what another signed). The link is single-use by the
 * incident's state: once acknowledged, it has nothing left to do.
 */
@Component
class AckLinks {

	static final String PATH = "/incidents/ack";

	private static final String PURPOSE = "incident-ack-links";

	private static final String MAC = "HmacSHA256";

	private final Supplier<Optional<byte[]>> key;

	private final IncidentSettings settings;

	private final Clock clock;

	AckLinks(SecretKeys keys, IncidentSettings settings, Clock clock) {
		this.key = keys.derivedOnUse(PURPOSE);
		this.settings = settings;
		this.clock = clock;
	}

	/** The link's path and query for that engineer; the inbox of incidents when there is no secret key. */
	String linkFor(Long incidentId, Long engineerId) {
		if (this.key.get().isEmpty()) {
			return "/incidents/" + incidentId;
		}
		long expires = this.clock.instant().plus(this.settings.ackLinkValidity()).getEpochSecond();
		String claim = incidentId + ":" + engineerId + ":" + expires;
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return PATH + "?token=" + encoder.encodeToString(claim.getBytes(StandardCharsets.UTF_8)) + "." + encoder.encodeToString(mac(claim));
	}

	/** The incident and engineer the token names, when it is ours, untouched and unexpired. */
	Optional<AckClaim> verify(String token) {
		if (this.key.get().isEmpty() || token == null || token.length() > 300) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		try {
			String claim = new String(Base64.getUrlDecoder().decode(token.substring(0, Math.max(dot, 0))), StandardCharsets.UTF_8);
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			String[] parts = claim.split(":");
			if (dot < 0 || parts.length != 3 || !MessageDigest.isEqual(mac(claim), signature)) {
				return Optional.empty();
			}
			Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
			return expires.isAfter(this.clock.instant()) ? Optional.of(new AckClaim(Long.valueOf(parts[0]), Long.valueOf(parts[1])))
					: Optional.empty();
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	private byte[] mac(String claim) {
		try {
			Mac mac = Mac.getInstance(MAC);
			mac.init(new SecretKeySpec(this.key.get().orElseThrow(), MAC));
			return mac.doFinal(claim.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign an acknowledgement link", ex);
		}
	}

	/** What a verified token says. */
	record AckClaim(Long incidentId, Long engineerId) {
	}

}

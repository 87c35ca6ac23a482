package io.connectdesk.incident;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import io.connectdesk.cluster.SecretKeys;

/**
 * The secret URLs of customers' status feeds: {@code /status/feed/<customer>/<secret>.atom}, the
 * secret an HMAC of the customer's id under a key derived from the cluster's secret key. Whoever has
 * the URL reads that customer's public incident updates, nothing else; without a secret key there are
 * no feeds.
 */
@Component
public class StatusFeeds {

	private static final String PURPOSE = "incident-status-feeds";

	private final Supplier<Optional<byte[]>> key;

	StatusFeeds(SecretKeys keys) {
		this.key = keys.derivedOnUse(PURPOSE);
	}

	/** The path of the customer's feed; empty without a secret key. */
	public Optional<String> pathOf(Long customerId) {
		return this.key.get().map(secret -> "/status/feed/" + customerId + "/" + secretOf(customerId, secret) + ".atom");
	}

	/** Whether the secret is that customer's. */
	public boolean opens(Long customerId, String secret) {
		return this.key.get().isPresent() && secret != null
				&& MessageDigest.isEqual(secretOf(customerId, this.key.get().get()).getBytes(StandardCharsets.UTF_8),
						secret.getBytes(StandardCharsets.UTF_8));
	}

	private static String secretOf(Long customerId, byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(String.valueOf(customerId).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package io.connectdesk.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.connectdesk.cluster.SecretKeys;

/**
 * The reply address of a ticket's notices: the desk's address with the ticket and a signature in its
 * sub-address ({@code desk+req-123.<signature>@desk.example}). The signature is an HMAC of the
 * ticket's id with a key derived from the cluster's secret key, so every node signs and verifies
 * alike, and an address someone guessed or altered names no ticket. Without a secret key there is no
 * reply address (notices go out without one).
 */
@Component
public class ReplyAddresses {

	private static final String PURPOSE = "reply-address";

	private static final int SIGNATURE_BYTES = 10;

	private static final Pattern TAGGED = Pattern.compile("([^+@]+)\\+([a-z]+-\\d{1,18})\\.([0-9a-f]{20})@(.+)");

	private final SecretKeys keys;

	private final String local;

	private final String domain;

	public ReplyAddresses(SecretKeys keys, @Value("${connectdesk.mail-in.address:desk@connectdesk.example}") String desk) {
		this.keys = keys;
		String address = desk.strip().toLowerCase(Locale.ROOT);
		int at = address.lastIndexOf('@');
		if (at <= 0 || at == address.length() - 1) {
			throw new IllegalStateException("connectdesk.mail-in.address is not an e-mail address: " + desk);
		}
		this.local = address.substring(0, at);
		this.domain = address.substring(at + 1);
	}

	/** The desk's own address, where mail that names no ticket files a new one. */
	public String desk() {
		return this.local + "@" + this.domain;
	}

	/** The signed reply address of that ticket; empty without a secret key. */
	public Optional<String> forTicket(String ticketId) {
		String id = ticketId.toLowerCase(Locale.ROOT);
		return signature(id).map(signature -> this.local + "+" + id + "." + signature + "@" + this.domain);
	}

	/** The ticket a reply address names, when its signature is right; empty for any other address. */
	public Optional<String> ticketOf(String address) {
		Matcher matcher = TAGGED.matcher(address == null ? "" : address.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches() || !matcher.group(1).equals(this.local) || !matcher.group(4).equals(this.domain)) {
			return Optional.empty();
		}
		String id = matcher.group(2);
		byte[] given = matcher.group(3).getBytes(StandardCharsets.US_ASCII);
		return signature(id).filter(expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given))
			.map(valid -> id.toUpperCase(Locale.ROOT));
	}

	private Optional<String> signature(String ticketId) {
		return this.keys.derived(PURPOSE).map(key -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(key, "HmacSHA256"));
				byte[] full = mac.doFinal(ticketId.getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(full, 0, SIGNATURE_BYTES);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}

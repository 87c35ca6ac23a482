package io.connectdesk.provisioning.adapter;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.connectdesk.provisioning.ProvisioningRequest;

/**
 * Generated secrets, encrypted at rest. Configuration and outputs name a secret by its id, never its
 * value. A component's secret of a given name is generated once: a retried request reuses it.
 */
@Component
class Secrets {

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Secrets(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** The id of the component's secret of that name, generating a random one the first time. */
	String generated(ProvisioningRequest request, String name) {
		return existing(request.key(), name).orElseGet(() -> {
			byte[] value = new byte[32];
			this.random.nextBytes(value);
			return store(request, name, Base64.getUrlEncoder().withoutPadding().encodeToString(value).getBytes(StandardCharsets.UTF_8));
		});
	}

	/** Stores a value this service produced elsewhere (a private key) under a new id. */
	String store(ProvisioningRequest request, String name, byte[] value) {
		return store(request.key(), request.customerId(), name, value);
	}

	/** Stores a value under a new id, for whatever {@code requestKey} names (a request, a ticket's text). */
	String store(String requestKey, Long customerId, String name, byte[] value) {
		String id = "sec-" + UUID.randomUUID();
		this.jdbc.sql("insert into provisioning_secret (id, request_key, name, customer_id, cipher_text, created_at) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(id, requestKey, name, customerId, this.cipher.encrypt(value), this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	/** The value in clear when the secret is that customer's. */
	Optional<byte[]> reveal(Long customerId, String id) {
		return this.jdbc.sql("select cipher_text from provisioning_secret where id = ? and customer_id = ?")
			.params(id, customerId)
			.query(String.class)
			.optional()
			.map(this.cipher::decrypt);
	}

	/** The value in clear, for the platform that applies the configuration. */
	Optional<byte[]> reveal(String id) {
		return this.jdbc.sql("select cipher_text from provisioning_secret where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.map(this.cipher::decrypt);
	}

	void removeAll(ProvisioningRequest request) {
		this.jdbc.sql("delete from provisioning_secret where request_key = ?").param(request.key()).update();
	}

	private Optional<String> existing(String requestKey, String name) {
		return this.jdbc.sql("select id from provisioning_secret where request_key = ? and name = ?")
			.params(requestKey, name)
			.query(String.class)
			.optional();
	}

}

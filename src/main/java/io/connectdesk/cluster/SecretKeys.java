package io.connectdesk.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The one secret key of the whole cluster, {@code connectdesk.provisioning.secret-key} (Base64, 32
 * bytes), and the keys derived from it for other purposes (HMAC-SHA256 of the purpose's name), so
 * that what one node encrypts or signs every other node reads or verifies. It is never stored in the
 * database. Only the local and test profiles may instead generate one, once, into the data directory
 * that the nodes of a local cluster share; a database lock keeps two nodes from generating two.
 */
@Component
public class SecretKeys {

	public static final String PROPERTY = "connectdesk.provisioning.secret-key";

	private static final String DATA_DIR = "connectdesk.provisioning.data-dir";

	private final String configured;

	private final Path dataDir;

	private final boolean mayGenerate;

	private final ClusterLock cluster;

	private volatile byte[] key;

	public SecretKeys(Environment environment, ClusterLock cluster) {
		this.configured = environment.getProperty(PROPERTY, "").strip();
		this.dataDir = Path.of(environment.getProperty(DATA_DIR, "./data/provisioning"));
		this.mayGenerate = environment.acceptsProfiles(Profiles.of("local", "test"));
		this.cluster = cluster;
	}

	/**
	 * Read (or generated) once the context is refreshed, before health UP: not in the constructors of the beans that
	 * derive keys (a transaction there waits for Hibernate's background build), nor in the first request that signs a
	 * link (it would take a second connection inside the request's transaction). docs/startup.md.
	 */
	@EventListener(ContextRefreshedEvent.class)
	void readAtStart() {
		if (available()) {
			key();
		}
	}

	/** Whether there is a key: configured, or one the local and test profiles may generate. */
	public boolean available() {
		return !this.configured.isEmpty() || this.mayGenerate;
	}

	/** The secret key itself (32 bytes), for the cipher of stored secrets. */
	public byte[] key() {
		byte[] loaded = this.key;
		if (loaded == null) {
			synchronized (this) {
				if (this.key == null) {
					this.key = load();
				}
				loaded = this.key;
			}
		}
		return loaded.clone();
	}

	/** A key for one purpose (the approval links' HMAC...), the same on every node; empty without a secret key. */
	public Optional<byte[]> derived(String purpose) {
		if (!available()) {
			return Optional.empty();
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return Optional.of(mac.doFinal(("connectdesk:" + purpose).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * {@link #derived(String)}, worked out when first asked: a bean made at start that keeps such a key asks only when
	 * it is used, since reading the secret key takes a transaction, which waits for Hibernate (docs/startup.md); the
	 * key itself is read once the context is refreshed ({@link #readAtStart()}).
	 */
	public Supplier<Optional<byte[]>> derivedOnUse(String purpose) {
		return new Supplier<>() {

			private volatile Optional<byte[]> derived;

			@Override
			public Optional<byte[]> get() {
				Optional<byte[]> known = this.derived;
				if (known == null) {
					known = derived(purpose);
					this.derived = known;
				}
				return known;
			}

		};
	}

	private byte[] load() {
		if (!this.configured.isEmpty()) {
			return checked(Base64.getDecoder().decode(this.configured));
		}
		if (!this.mayGenerate) {
			throw new IllegalStateException("Set " + PROPERTY + " (CONNECTDESK_PROVISIONING_SECRET_KEY): "
					+ "a Base64 AES-256 key that encrypts generated secrets, the same on every node");
		}
		Path file = this.dataDir.resolve("secret.key");
		return checked(Base64.getDecoder().decode(this.cluster.exclusively("secret-key", () -> generatedOnce(file))));
	}

	private static String generatedOnce(Path file) {
		try {
			if (!Files.exists(file)) {
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				OwnerOnlyFiles.write(file, Base64.getEncoder().encodeToString(fresh));
			}
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] checked(byte[] key) {
		if (key.length != 32) {
			throw new IllegalStateException(PROPERTY + " must be 32 bytes (Base64), not " + key.length);
		}
		return key;
	}

}

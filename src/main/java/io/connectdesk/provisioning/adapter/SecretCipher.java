package io.connectdesk.provisioning.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for what must never be stored in clear. The key comes from
 * {@code connectdesk.provisioning.secret-key}; only the local and test profiles may instead generate
 * one, once, into the data directory (owner-only file). The key is read when first needed: an
 * application that never provisions (another profile's tests, the benchmark) starts without one, and
 * a missing key fails the provisioning step, which retries and then raises an incident saying so.
 */
@Component
class SecretCipher {

	private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final AdapterSettings settings;

	private final Environment environment;

	private volatile SecretKey key;

	SecretCipher(AdapterSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
		if (isBlank(settings.secretKey()) && !mayGenerate(environment)) {
			log.warn("connectdesk.provisioning.secret-key is not set: adapters that store secrets will fail until it is");
		}
	}

	private SecretKey key() {
		SecretKey loaded = this.key;
		if (loaded == null) {
			synchronized (this) {
				if (this.key == null) {
					this.key = new SecretKeySpec(keyBytes(this.settings, this.environment), "AES");
				}
				loaded = this.key;
			}
		}
		return loaded;
	}

	String encrypt(byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain);
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt", ex);
		}
	}

	byte[] decrypt(String encoded) {
		try {
			byte[] all = Base64.getDecoder().decode(encoded);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt: wrong key or tampered data", ex);
		}
	}

	private static byte[] keyBytes(AdapterSettings settings, Environment environment) {
		if (!isBlank(settings.secretKey())) {
			return checked(Base64.getDecoder().decode(settings.secretKey().strip()));
		}
		if (!mayGenerate(environment)) {
			throw new IllegalStateException("Set connectdesk.provisioning.secret-key (CONNECTDESK_PROVISIONING_SECRET_KEY): "
					+ "a Base64 AES-256 key that encrypts generated secrets");
		}
		return checked(Base64.getDecoder().decode(generatedOnce(settings.dataDir().resolve("secret.key"))));
	}

	private static synchronized String generatedOnce(Path file) {
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

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static boolean mayGenerate(Environment environment) {
		return environment.acceptsProfiles(Profiles.of("local", "test"));
	}

	private static byte[] checked(byte[] key) {
		if (key.length != 32) {
			throw new IllegalStateException("connectdesk.provisioning.secret-key must be 32 bytes (Base64), not " + key.length);
		}
		return key;
	}

}

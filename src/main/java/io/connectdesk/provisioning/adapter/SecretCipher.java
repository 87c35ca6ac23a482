package io.connectdesk.provisioning.adapter;

import java.nio.ByteBuffer;
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
import org.springframework.stereotype.Component;

import io.connectdesk.cluster.SecretKeys;

/**
 * AES-256-GCM for what must never be stored in clear. The key is the cluster's secret key
 * ({@link SecretKeys}: {@code connectdesk.provisioning.secret-key}; only the local and test profiles
 * may instead generate one, once, into the shared data directory). The key is read when first needed;
 * without it, a node with provisioning enabled refuses to start, and one without (the benchmark,
 * another profile's tests) fails only the steps that store secrets.
 */
@Component
class SecretCipher {

	private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeys keys;

	private volatile SecretKey key;

	/** Refuses to start a node that provisions without the secret key: every node must be given the same one. */
	SecretCipher(SecretKeys keys, Environment environment) {
		this.keys = keys;
		if (!keys.available()) {
			if (environment.getProperty("connectdesk.provisioning.enabled", Boolean.class, true)) {
				throw new IllegalStateException("Provisioning is enabled but " + SecretKeys.PROPERTY
						+ " (CONNECTDESK_PROVISIONING_SECRET_KEY) is not set: a Base64 AES-256 key, the same on every node");
			}
			log.warn(SecretKeys.PROPERTY + " is not set: adapters that store secrets will fail until it is");
		}
	}

	private SecretKey key() {
		SecretKey loaded = this.key;
		if (loaded == null) {
			synchronized (this) {
				if (this.key == null) {
					this.key = new SecretKeySpec(this.keys.key(), "AES");
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

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}

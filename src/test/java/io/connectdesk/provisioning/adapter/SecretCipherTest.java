package io.connectdesk.provisioning.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import io.connectdesk.cluster.ClusterLock;
import io.connectdesk.cluster.SecretKeys;

/** The secret key survives a restart; outside local and test, no key means no secrets, and no start if provisioning is on. */
class SecretCipherTest {

	@TempDir
	Path dataDir;

	@Test
	void localAndTestProfilesGenerateAKeyOnceThatTheNextStartReads() throws Exception {
		SecretCipher first = cipher(null, "test");
		String sealed = first.encrypt("pre-shared".getBytes(StandardCharsets.UTF_8));

		SecretCipher afterRestart = cipher(null, "local");

		assertThat(new String(afterRestart.decrypt(sealed), StandardCharsets.UTF_8)).isEqualTo("pre-shared");
		assertThat(sealed).doesNotContain("pre-shared");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir.resolve("secret.key")))).isEqualTo("rw-------");
	}

	@Test
	void otherProfilesNeedTheConfiguredKey() {
		SecretCipher withoutKey = cipher(null, "postgres");
		assertThatThrownBy(() -> withoutKey.encrypt(new byte[] { 1 })).hasMessageContaining("connectdesk.provisioning.secret-key");
		assertThat(this.dataDir.resolve("secret.key")).doesNotExist();

		String key = Base64.getEncoder().encodeToString(new byte[32]);
		SecretCipher configured = cipher(key, "postgres");
		assertThat(configured.decrypt(configured.encrypt(new byte[] { 7 }))).containsExactly(7);
		assertThatThrownBy(() -> cipher(key, "test").decrypt(withGeneratedKey().encrypt(new byte[] { 7 })))
			.as("another key cannot read it").isInstanceOf(IllegalStateException.class);
	}

	private SecretCipher withGeneratedKey() {
		return cipher(null, "test");
	}

	@Test
	void aNodeThatProvisionsRefusesToStartWithoutTheKey() {
		MockEnvironment production = profile(null, "postgres");

		assertThatThrownBy(() -> new SecretCipher(new SecretKeys(production, ONE_NODE), production))
			.hasMessageContaining("connectdesk.provisioning.secret-key");
	}

	private SecretCipher cipher(String key, String profile) {
		MockEnvironment environment = profile(key, profile).withProperty("connectdesk.provisioning.enabled", "false");
		return new SecretCipher(new SecretKeys(environment, ONE_NODE), environment);
	}

	private MockEnvironment profile(String key, String name) {
		MockEnvironment environment = new MockEnvironment().withProperty("connectdesk.provisioning.data-dir", this.dataDir.toString());
		if (key != null) {
			environment.setProperty("connectdesk.provisioning.secret-key", key);
		}
		environment.setActiveProfiles(name);
		return environment;
	}

	/** One JVM, no database: nobody else to exclude (the database lock is tested with several nodes, io.connectdesk.cluster). */
	private static final ClusterLock ONE_NODE = new ClusterLock() {

		@Override
		public synchronized <T> T exclusively(String name, Supplier<T> work) {
			return work.get();
		}

		@Override
		public boolean claimRun(String job, Instant due) {
			return true;
		}

	};

}

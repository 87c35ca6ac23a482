package io.connectdesk.provisioning.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The secret key and the CA survive a restart; outside local and test, no key means no secrets. */
class SecretCipherTest {

	@TempDir
	Path dataDir;

	@Test
	void localAndTestProfilesGenerateAKeyOnceThatTheNextStartReads() throws Exception {
		SecretCipher first = new SecretCipher(settings(null), profile("test"));
		String sealed = first.encrypt("pre-shared".getBytes(StandardCharsets.UTF_8));

		SecretCipher afterRestart = new SecretCipher(settings(null), profile("local"));

		assertThat(new String(afterRestart.decrypt(sealed), StandardCharsets.UTF_8)).isEqualTo("pre-shared");
		assertThat(sealed).doesNotContain("pre-shared");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir.resolve("secret.key")))).isEqualTo("rw-------");
	}

	@Test
	void otherProfilesNeedTheConfiguredKey() {
		SecretCipher withoutKey = new SecretCipher(settings(null), profile("postgres"));
		assertThatThrownBy(() -> withoutKey.encrypt(new byte[] { 1 })).hasMessageContaining("connectdesk.provisioning.secret-key");
		assertThat(this.dataDir.resolve("secret.key")).doesNotExist();

		String key = Base64.getEncoder().encodeToString(new byte[32]);
		SecretCipher configured = new SecretCipher(settings(key), profile("postgres"));
		assertThat(configured.decrypt(configured.encrypt(new byte[] { 7 }))).containsExactly(7);
		assertThatThrownBy(() -> new SecretCipher(settings(key), profile("test")).decrypt(withGeneratedKey().encrypt(new byte[] { 7 })))
			.as("another key cannot read it").isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theCertificateAuthorityIsMadeOnceAndItsKeyIsNotStoredInClear() throws Exception {
		SecretCipher cipher = withGeneratedKey();
		CertificateAuthority authority = new CertificateAuthority(settings(null), cipher, Clock.systemUTC());
		authority.issue(List.of("a.example.test"), Duration.ofDays(1));

		CertificateAuthority afterRestart = new CertificateAuthority(settings(null), cipher, Clock.systemUTC());

		assertThat(afterRestart.certificate()).isEqualTo(authority.certificate());
		assertThat(Files.readString(this.dataDir.resolve("ca/ca.key.enc"))).doesNotContain("PRIVATE KEY");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir.resolve("ca/ca.key.enc")))).isEqualTo("rw-------");
	}

	private SecretCipher withGeneratedKey() {
		return new SecretCipher(settings(null), profile("test"));
	}

	private AdapterSettings settings(String key) {
		return new AdapterSettings(this.dataDir, key, "http://localhost", Duration.ofDays(90), Duration.ofDays(30));
	}

	private static MockEnvironment profile(String name) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(name);
		return environment;
	}

}

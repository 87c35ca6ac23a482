package io.connectdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which parts of a text are secrets, and what is left in their place. */
class SecretMaskingTest {

	/** Keeps what it is given in a list: the store's own behaviour is tested with the application. */
	private final List<String> kept = new ArrayList<>();

	private final SecretMasking masking = new SecretMasking(new ConversationSecrets() {

		@Override
		public String keep(Long customerId, String kind, String value) {
			SecretMaskingTest.this.kept.add(kind + "=" + value);
			return String.format("sec-00000000-0000-0000-0000-%012d", SecretMaskingTest.this.kept.size());
		}

		@Override
		public Optional<String> reveal(Long customerId, String id) {
			return Optional.empty();
		}

	});

	@Test
	void aPrivateKeyBlockIsReplacedWhole() {
		String masked = this.masking.masked(1L, "Key:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk=\n-----END OPENSSH PRIVATE KEY-----\nthanks");
		assertThat(masked).isEqualTo("Key:\n[secret:private-key:sec-00000000-0000-0000-0000-000000000001]\nthanks");
		assertThat(this.kept).singleElement().asString().startsWith("private-key=-----BEGIN OPENSSH PRIVATE KEY-----");
	}

	@Test
	void cloudKeysAndTokensAreReplacedWhole() {
		String masked = this.masking.masked(1L, "AKIAIOSFODNN7EXAMPLE and ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8");
		assertThat(masked).isEqualTo("[secret:aws-access-key:sec-00000000-0000-0000-0000-000000000001] and "
				+ "[secret:github-token:sec-00000000-0000-0000-0000-000000000002]");
	}

	@Test
	void onlyTheValueOfAPasswordLookingAssignmentIsReplaced() {
		assertThat(this.masking.masked(1L, "user: admin\npassword: hunter2hunter2\nDB_PASSWORD=\"a b c d\""))
			.isEqualTo("user: admin\npassword: [secret:password:sec-00000000-0000-0000-0000-000000000001]\n"
					+ "DB_PASSWORD=[secret:password:sec-00000000-0000-0000-0000-000000000002]");
		assertThat(this.kept).containsExactly("password=hunter2hunter2", "password=a b c d");
	}

	@Test
	void aKeyNamedInAnAssignmentIsKeptOnceAndAReferenceIsNeverMaskedAgain() {
		String once = this.masking.masked(1L, "aws_access_key_id = AKIAIOSFODNN7EXAMPLE");
		assertThat(once).isEqualTo("aws_access_key_id = [secret:aws-access-key:sec-00000000-0000-0000-0000-000000000001]");
		assertThat(this.masking.masked(1L, once)).isEqualTo(once);
		assertThat(this.kept).hasSize(1);
	}

	@Test
	void ordinaryTextStaysAsItIs() {
		String text = "The password policy changed; see the token page. Key rotation is due.";
		assertThat(this.masking.masked(1L, text)).isEqualTo(text);
		assertThat(this.kept).isEmpty();
	}

}

package io.connectdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import io.connectdesk.cluster.SecretKeys;

/** A ticket's reply address names it only with the signature the cluster's key gives. */
class ReplyAddressesTest {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private final ReplyAddresses addresses = addresses(KEY, "Desk@Desk.Example");

	@Test
	void aSignedAddressNamesItsTicketWhateverItsCase() {
		String address = this.addresses.forTicket("REQ-123").orElseThrow();

		assertThat(address).matches("desk\\+req-123\\.[0-9a-f]{20}@desk\\.example");
		assertThat(this.addresses.ticketOf(address)).contains("REQ-123");
		assertThat(this.addresses.ticketOf(address.toUpperCase())).contains("REQ-123");
	}

	@Test
	void aGuessedOrAlteredAddressNamesNoTicket() {
		String address = this.addresses.forTicket("REQ-123").orElseThrow();
		String signature = address.substring(address.indexOf('.') + 1, address.indexOf('@'));

		assertThat(this.addresses.ticketOf("desk+req-124." + signature + "@desk.example")).isEmpty();
		assertThat(this.addresses.ticketOf("desk+req-123.00000000000000000000@desk.example")).isEmpty();
		assertThat(this.addresses.ticketOf("other+req-123." + signature + "@desk.example")).isEmpty();
		assertThat(this.addresses.ticketOf("desk+req-123." + signature + "@elsewhere.example")).isEmpty();
		assertThat(this.addresses.ticketOf("desk@desk.example")).isEmpty();
		assertThat(addresses(Base64.getEncoder().encodeToString(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
				16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32 }), "desk@desk.example").ticketOf(address))
			.as("another cluster's key").isEmpty();
	}

	@Test
	void theDesksOwnAddressIsLowerCase() {
		assertThat(this.addresses.desk()).isEqualTo("desk@desk.example");
	}

	private static ReplyAddresses addresses(String key, String desk) {
		MockEnvironment environment = new MockEnvironment().withProperty(SecretKeys.PROPERTY, key);
		return new ReplyAddresses(new SecretKeys(environment, null), desk);
	}

}

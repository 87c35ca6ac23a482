package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.connectdesk.common.Role;

/**
 * The tenancy matrix's {@code GET /dev/mailbox/{index}} case, with the dev mail server on (it is
 * mapped only then): another customer's mail is not found, like a mail that does not exist.
 */
@TestPropertySource(properties = { "connectdesk.dev-mail.enabled=true", "connectdesk.dev-mail.smtp-port=3326",
		"connectdesk.dev-mail.imap-port=3444" })
class DevMailboxTenancyTest extends ApiTestSupport {

	@Autowired
	private GreenMail mailServer;

	@Test
	void anotherCustomersMailIsNotFoundLikeOneThatDoesNotExist() {
		String rita = newPerson("Rita", newCustomer("Acme"), Role.REQUESTER);
		GreenMailUtil.sendTextEmail(rita, "desk@connectdesk.example.test", "REQ-1 filed", "AcmeSecret42",
				this.mailServer.getSmtp().getServerSetup());
		int index = this.mailServer.getReceivedMessages().length - 1;
		ApiClient stranger = signIn(newPerson("Gus", newCustomer("Globex"), Role.REQUESTER));

		ApiClient.Response foreign = stranger.get("/dev/mailbox/" + index);
		ApiClient.Response unknown = stranger.get("/dev/mailbox/999999");

		assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404).isEqualTo(unknown.status());
		assertThat(foreign.body()).doesNotContain("AcmeSecret42");
		assertThat(stranger.get("/dev/mailbox").body()).doesNotContain("REQ-1 filed");
		ApiClient.Response own = signIn(rita).get("/dev/mailbox/" + index);
		assertThat(own.status()).as(own.toString()).isEqualTo(200);
		assertThat(own.body()).contains("AcmeSecret42");
	}

}

package io.connectdesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What mail programs add to a reply, and what is left of it. */
class QuotedTextTest {

	@Test
	void gmailAttributionAndEverythingAfterItGo() {
		assertThat(QuotedText.stripped("Yes, go ahead.\n\nOn Sun, Dec 6, 2026 at 10:00 AM Connect Desk <desk@connectdesk.example> wrote:\n> Ticket REQ-1 was filed.\n"))
			.isEqualTo("Yes, go ahead.");
	}

	@Test
	void anAttributionWrappedOntoTwoLinesGoes() {
		assertThat(QuotedText.stripped("Done.\n\nOn Sun, 6 Dec 2026 at 10:00, Connect Desk <desk@connectdesk.example>\nwrote:\n\n> old\n"))
			.isEqualTo("Done.");
	}

	@Test
	void thunderbirdAttributionGoes() {
		assertThat(QuotedText.stripped("Thanks!\n\nOn 12/6/26 10:00, Connect Desk wrote:\n> old text\n")).isEqualTo("Thanks!");
	}

	@Test
	void spanishAttributionGoes() {
		assertThat(QuotedText.stripped("Gracias.\n\nEl dom, 6 dic 2026 a las 10:00, Connect Desk escribi\u00f3:\n> viejo\n"))
			.isEqualTo("Gracias.");
	}

	@Test
	void outlookHeaderBlockGoes() {
		assertThat(QuotedText.stripped("Approved.\r\n\r\nFrom: Connect Desk <desk@connectdesk.example>\r\nSent: Sunday, December 6, 2026 10:00\r\nTo: Rosa\r\n\r\nTicket filed.\r\n"))
			.isEqualTo("Approved.");
		assertThat(QuotedText.stripped("Approved.\n\n-----Original Message-----\nFrom: Connect Desk\n")).isEqualTo("Approved.");
	}

	@Test
	void theSignatureAfterDashDashSpaceGoes() {
		assertThat(QuotedText.stripped("Europe, please.\n\n-- \nRosa\nNetwork team\n")).isEqualTo("Europe, please.");
	}

	@Test
	void quotedLinesGoWhereverTheyAreAndTheAnswersStay() {
		assertThat(QuotedText.stripped("> Which region?\nEurope.\n> Which size?\nSmall.\n")).isEqualTo("Europe.\nSmall.");
	}

	@Test
	void plainTextStaysAsItIs() {
		assertThat(QuotedText.stripped("On second thought, make it two.\nThanks")).isEqualTo("On second thought, make it two.\nThanks");
	}

}

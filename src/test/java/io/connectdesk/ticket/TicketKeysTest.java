package io.connectdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketKeysTest {

	@Test
	void formatsTheNumberBehindThePrefix() {
		assertThat(TicketKeys.format(1042)).isEqualTo("REQ-1042");
	}

	@Test
	void parsesAFormattedKeyBackToItsNumber() {
		assertThat(TicketKeys.parse(TicketKeys.format(1042))).contains(1042L);
	}

	@Test
	void acceptsALowercaseKey() {
		assertThat(TicketKeys.parse("req-7")).contains(7L);
	}

	@Test
	void ignoresSurroundingWhitespace() {
		assertThat(TicketKeys.parse("  REQ-12 ")).contains(12L);
	}

	@Test
	void acceptsTheLargestEighteenDigitNumber() {
		assertThat(TicketKeys.parse("REQ-999999999999999999")).contains(999_999_999_999_999_999L);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "REQ-", "REQ", "1042", "TCK-1042", "REQ-abc", "REQ-12x", "REQ--12", "REQ-1 2",
			"REQ-+12", "xREQ-12", "REQ-١٢" })
	void refusesAnythingThatIsNotATicketKey(String junk) {
		assertThat(TicketKeys.parse(junk)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "REQ-9223372036854775807", "REQ-9223372036854775808", "REQ-99999999999999999999" })
	void refusesNumbersTooLongForATicketIdInsteadOfOverflowing(String tooLong) {
		assertThat(TicketKeys.parse(tooLong)).isEmpty();
	}

}

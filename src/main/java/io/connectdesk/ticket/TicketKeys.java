package io.connectdesk.ticket;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A ticket's human identifier, {@code REQ-1042}: the prefix and the ticket's number. */
public final class TicketKeys {

	private static final String PREFIX = "REQ-";

	private static final Pattern KEY = Pattern.compile("REQ-(\\d{1,18})", Pattern.CASE_INSENSITIVE);

	private TicketKeys() {
	}

	public static String format(long number) {
		return PREFIX + number;
	}

	/** The number behind a key; empty for anything that is not a ticket key. */
	public static Optional<Long> parse(String key) {
		Matcher matcher = KEY.matcher(key == null ? "" : key.trim());
		return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

}

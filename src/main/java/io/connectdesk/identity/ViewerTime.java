package io.connectdesk.identity;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.customer.Customers;

/**
 * One clock for the pages: every time in the viewer's zone, labelled with it. A customer's people read their
 * contract's zone (the one its quota periods start in); staff read their own setting, UTC until they choose one.
 * Templates call {@code @viewerTime.format(instant, zone)} with the page's {@code viewerZone}.
 */
@Component("viewerTime")
public class ViewerTime {

	private static final String PATTERN = "yyyy-MM-dd HH:mm z";

	private final UserAccountRepository accounts;

	private final Customers customers;

	ViewerTime(UserAccountRepository accounts, Customers customers) {
		this.accounts = accounts;
		this.customers = customers;
	}

	@Transactional(readOnly = true)
	public ZoneId zoneOf(Caller caller) {
		if (caller.customerId() != null) {
			return this.customers.zoneOf(caller.customerId());
		}
		return this.accounts.findById(caller.userId()).map(UserAccount::getTimeZone).orElse(ZoneId.of("UTC"));
	}

	/** The time in the zone, with the zone's short name, in the page's language; empty for no time. */
	public String format(Instant at, ZoneId zone) {
		if (at == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern(PATTERN, LocaleContextHolder.getLocale())
			.withZone(zone == null ? ZoneId.of("UTC") : zone)
			.format(at);
	}

	/** The regions a person may choose, sorted, for the profile's list. */
	public List<String> zoneIds() {
		return ZoneId.getAvailableZoneIds().stream().sorted().toList();
	}

	/**
	 * A staff member chooses the zone their pages show times in.
	 * @throws InvalidInputException when the text is not a region such as {@code Europe/Madrid}
	 */
	@Transactional
	public void choose(Caller caller, String zone) {
		ZoneId chosen = parse(zone)
			.orElseThrow(() -> InvalidInputException.of("timeZone", "Not a time zone such as Europe/Madrid"));
		this.accounts.findById(caller.userId()).ifPresent(account -> account.changeTimeZone(chosen));
	}

	private static Optional<ZoneId> parse(String zone) {
		try {
			return zone == null || zone.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(zone.strip()));
		}
		catch (DateTimeException notAZone) {
			return Optional.empty();
		}
	}

}

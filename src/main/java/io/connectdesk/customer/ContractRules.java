package io.connectdesk.customer;

import java.time.DateTimeException;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rules of a contract's terms that hold whatever else the database holds. */
final class ContractRules {

	/** A host name of two or more labels: {@code acme.example}. */
	static final String DOMAIN = "(?i)(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}";

	/** Days, weeks, months or years, one unit: {@code P1M}, {@code P1W}, {@code P14D}, {@code P1Y}. */
	static final String PERIOD = "P[1-9][0-9]{0,2}[DWMY]";

	/** Lower-case letters, digits and dashes, starting with a letter: {@code perf-test}. */
	static final String ENVIRONMENT_KEY = "[a-z][a-z0-9-]{0,39}";

	private ContractRules() {
	}

	/** Domains as contracts keep them: lower case, trimmed, each once, sorted. */
	static List<String> normalizedDomains(Collection<String> domains) {
		return domains.stream().map(domain -> domain.strip().toLowerCase(Locale.ROOT)).distinct().sorted().toList();
	}

	/** The quota period; a contract without one counts calendar months. */
	static Period period(String text) {
		return text == null || text.isBlank() ? UrgentQuota.DEFAULT_PERIOD : Period.parse(text.strip());
	}

	/** Region ids ({@code Europe/Madrid}) and {@code UTC}; no fixed offsets, which ignore daylight saving. */
	static Optional<ZoneId> zone(String text) {
		try {
			ZoneId zone = ZoneId.of(text.strip());
			return zone.getId().contains("/") || zone.getId().equals("UTC") ? Optional.of(zone) : Optional.empty();
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}

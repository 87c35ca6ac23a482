package io.connectdesk.customer;

import java.util.Locale;
import java.util.Optional;

/** The domain part of an e-mail address, in the form contracts keep it. */
public final class EmailDomains {

	private EmailDomains() {
	}

	/** {@code rita@Acme.Example} gives {@code acme.example}; empty when there is no domain. */
	public static Optional<String> of(String email) {
		if (email == null) {
			return Optional.empty();
		}
		int at = email.lastIndexOf('@');
		String domain = at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
		return domain.isEmpty() ? Optional.empty() : Optional.of(domain);
	}

}

package io.connectdesk.notification;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.connectdesk.identity.Accounts;

/** The language a person gets notices in: Spanish for those whose account says so, English for everyone else. */
@Component
class NoticeLanguage {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final Accounts accounts;

	NoticeLanguage(Accounts accounts) {
		this.accounts = accounts;
	}

	Locale of(String email) {
		return this.accounts.localeOf(email).map(NoticeLanguage::supported).orElse(Locale.ENGLISH);
	}

	/**
	 * The language of each of these recipients, looked up in one query (a batch of notices asks once, not
	 * once per notice); read it with {@link Languages#of}.
	 */
	Languages of(Collection<String> emails) {
		return new Languages(this.accounts.localesOf(emails));
	}

	private static Locale supported(Locale locale) {
		return "es".equals(locale.getLanguage()) ? SPANISH : Locale.ENGLISH;
	}

	/** The languages of a batch's recipients, by lower-case address. */
	record Languages(Map<String, Locale> byEmail) {

		/** English for an address without an account, as {@link NoticeLanguage#of(String)} says. */
		Locale of(String email) {
			Locale locale = this.byEmail.get(email.toLowerCase(Locale.ROOT));
			return locale == null ? Locale.ENGLISH : supported(locale);
		}

	}

}

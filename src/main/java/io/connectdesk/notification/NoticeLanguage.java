package io.connectdesk.notification;

import java.util.Locale;

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
		return this.accounts.localeOf(email)
			.filter(locale -> "es".equals(locale.getLanguage()))
			.map(locale -> SPANISH)
			.orElse(Locale.ENGLISH);
	}

}

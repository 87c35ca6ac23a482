package io.connectdesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.LocaleResolver;

import io.connectdesk.common.Caller;
import io.connectdesk.web.PageLanguage;

/**
 * At sign-in, a browser that has no language yet takes the one the person's account stores: a Spanish-reading
 * SRE reads Spanish in a fresh browser whatever it sends as Accept-Language. A language chosen in that browser
 * ({@code ?lang=}) stays.
 */
@Component
class SignInLanguage {

	private final UserAccountRepository accounts;

	private final LocaleResolver locales;

	SignInLanguage(UserAccountRepository accounts, LocaleResolver locales) {
		this.accounts = accounts;
		this.locales = locales;
	}

	@Transactional(readOnly = true)
	void apply(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (PageLanguage.isSet(request)) {
			return;
		}
		CallerArgumentResolver.callerOf(authentication)
			.map(Caller::userId)
			.flatMap(this.accounts::findById)
			.flatMap(account -> PageLanguage.spoken(account.getLocale()))
			.ifPresent(locale -> this.locales.setLocale(request, response, locale));
	}

}

package io.connectdesk.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language the pages speak to one browser: the person's choice ({@code ?lang=}, kept in a cookie), else the
 * language their account stores (set at sign-in, see identity's {@code SignInLanguage}), else the browser's
 * Accept-Language.
 */
public final class PageLanguage {

	/** The cookie that keeps the language of a browser. */
	public static final String COOKIE = "CD-LANG";

	private PageLanguage() {
	}

	/** Whether this browser already has a language (chosen, or set at an earlier sign-in). */
	public static boolean isSet(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

	/** The language the pages speak that is closest to that one; empty when they speak none like it. */
	public static Optional<Locale> spoken(Locale locale) {
		return locale == null ? Optional.empty()
				: LocaleConfiguration.SUPPORTED.stream()
					.filter(supported -> supported.getLanguage().equals(locale.getLanguage()))
					.findFirst();
	}

}

package io.connectdesk.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of the pages: English or Spanish. The browser's Accept-Language chooses until the
 * person picks one with {@code ?lang=en|es}, which a cookie remembers, or signs in: their account's language
 * then sets the cookie when the browser has none ({@link PageLanguage}).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	static final String PARAMETER = "lang";

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(PageLanguage.COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(LocaleConfiguration::fromBrowser);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new SupportedLanguageChange();
		interceptor.setParamName(PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** The first supported language the browser asks for; English otherwise. */
	static Locale fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			return supported(Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED));
		}
		catch (IllegalArgumentException malformed) {
			return Locale.ENGLISH;
		}
	}

	private static Locale supported(Locale locale) {
		return locale == null ? Locale.ENGLISH : locale;
	}

	/** Takes only a language the pages speak; anything else falls back to the browser's choice. */
	private static final class SupportedLanguageChange extends LocaleChangeInterceptor {

		@Override
		protected Locale parseLocaleValue(String value) {
			Locale asked = super.parseLocaleValue(value);
			return PageLanguage.spoken(asked).orElse(null);
		}

	}

}

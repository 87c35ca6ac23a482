package io.connectdesk.identity.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.connectdesk.identity.SignInLock;
import io.connectdesk.web.PageController;

/**
 * The sign-in form; Spring Security handles its POST. A plain {@code @Controller}, not a
 * {@link PageController}: nobody is signed in yet, so there is no caller for the layout.
 */
@Controller
class LoginPage {

	private final Clock clock;

	private final boolean singleSignOn;

	LoginPage(Clock clock, ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.clock = clock;
		this.singleSignOn = oidcClients.getIfAvailable() != null;
	}

	/** After a failed sign-in that left the account locked, the page says until when (UTC). */
	@GetMapping("/login")
	String login(HttpSession session, Locale locale, Model model) {
		model.addAttribute("singleSignOn", this.singleSignOn);
		SignInLock.lockedUntil(session, this.clock.instant())
			.ifPresent(until -> model.addAttribute("lockedUntil", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
				.withLocale(locale)
				.withZone(ZoneOffset.UTC)
				.format(until) + " UTC"));
		return "login";
	}

}

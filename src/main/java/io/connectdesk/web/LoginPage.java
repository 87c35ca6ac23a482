package io.connectdesk.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form; Spring Security handles its POST. A plain {@code @Controller}, not a
 * {@link PageController}: nobody is signed in yet, so there is no caller for the layout.
 */
@Controller
class LoginPage {

	private final boolean singleSignOn;

	LoginPage(ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.singleSignOn = oidcClients.getIfAvailable() != null;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("singleSignOn", this.singleSignOn);
		return "login";
	}

}

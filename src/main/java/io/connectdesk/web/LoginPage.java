package io.connectdesk.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form; Spring Security handles its POST. A plain {@code @Controller}, not a
 * {@link PageController}: nobody is signed in yet, so there is no caller for the layout.
 */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}

package io.connectdesk.access.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import io.connectdesk.access.SignUps;
import io.connectdesk.common.InvalidInputException;

/**
 * Signing up and confirming the address. Plain {@code @Controller}s: nobody is signed in here.
 * Following the mailed link only shows a confirmation page (mail scanners open links); its button
 * activates the account.
 */
@Controller
class SignUpPages {

	static final String FORM = "signUpForm";

	private final SignUps signUps;

	SignUpPages(SignUps signUps) {
		this.signUps = signUps;
	}

	@GetMapping("/signup")
	String form(Locale locale, Model model) {
		SignUpForm form = new SignUpForm();
		form.setLanguage("es".equals(locale.getLanguage()) ? "es" : "en");
		model.addAttribute(FORM, form);
		return "access/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute(FORM) SignUpForm form, BindingResult result) {
		if (result.hasErrors()) {
			return "access/signup";
		}
		try {
			this.signUps.signUp(new SignUps.SignUp(form.getEmail(), form.getName(), form.getPassword(),
					Locale.forLanguageTag(form.getLanguage())));
		}
		catch (InvalidInputException refused) {
			result.rejectValue("email", "access.email.foreignDomain");
			return "access/signup";
		}
		return "redirect:/signup/sent";
	}

	/** The same answer whether the address was new, pending or already active. */
	@GetMapping("/signup/sent")
	String sent() {
		return "access/signup-sent";
	}

	@GetMapping("/signup/verify/{token}")
	ModelAndView confirm(@PathVariable String token) {
		return this.signUps.pendingAddress(token)
			.map(email -> new ModelAndView("access/verify").addObject("email", email).addObject("token", token))
			.orElseGet(SignUpPages::linkNoLongerWorks);
	}

	@PostMapping("/signup/verify/{token}")
	ModelAndView verify(@PathVariable String token) {
		return this.signUps.verify(token) ? new ModelAndView("redirect:/login?activated") : linkNoLongerWorks();
	}

	static ModelAndView linkNoLongerWorks() {
		return new ModelAndView("access/link-invalid", HttpStatus.GONE);
	}

}

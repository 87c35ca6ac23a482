package io.connectdesk.access.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import io.connectdesk.access.Invitations;

/** An invited person follows the mailed link and chooses a password. Nobody is signed in here. */
@Controller
class InvitationPages {

	static final String FORM = "passwordForm";

	static final String VIEW = "access/invitation";

	private final Invitations invitations;

	InvitationPages(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/invitations/{token}")
	ModelAndView form(@PathVariable String token) {
		return this.invitations.invitedAddress(token)
			.map(email -> page(token, email).addObject(FORM, new PasswordForm()))
			.orElseGet(SignUpPages::linkNoLongerWorks);
	}

	@PostMapping("/invitations/{token}")
	ModelAndView accept(@PathVariable String token, @Valid @ModelAttribute(FORM) PasswordForm form,
			BindingResult result) {
		if (result.hasErrors()) {
			return this.invitations.invitedAddress(token)
				.map(email -> page(token, email))
				.orElseGet(SignUpPages::linkNoLongerWorks);
		}
		return this.invitations.accept(token, form.getPassword()) ? new ModelAndView("redirect:/login?activated")
				: SignUpPages.linkNoLongerWorks();
	}

	private static ModelAndView page(String token, String email) {
		return new ModelAndView(VIEW).addObject("token", token).addObject("email", email);
	}

}

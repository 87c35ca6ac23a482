package io.connectdesk.access.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.access.Invitations;
import io.connectdesk.common.ConflictException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.web.PageController;

/** Admins invite staff and customer users; the same rules as {@code POST /api/v1/admin/invitations}. */
@PageController
class AdminInvitationPages {

	static final String FORM = "invitationForm";

	static final String VIEW = "access/invitations";

	private final Invitations invitations;

	private final Validator validator;

	AdminInvitationPages(Invitations invitations, Validator validator) {
		this.invitations = invitations;
		this.validator = validator;
	}

	@ModelAttribute("roles")
	List<Role> roles() {
		return List.of(Role.values());
	}

	@GetMapping("/admin/invitations")
	String form(Model model) {
		model.addAttribute(FORM, new InvitationForm());
		return VIEW;
	}

	@PostMapping("/admin/invitations")
	String invite(@ModelAttribute(FORM) InvitationForm form, BindingResult result, Caller caller, Locale locale,
			RedirectAttributes flash) {
		Invitations.Invite command = form.toCommand();
		this.validator.validate(command).forEach(violation -> reject(result, violation.getPropertyPath().toString()));
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			Invitations.Invited invited = this.invitations.invite(caller, command, locale);
			flash.addFlashAttribute("invited", invited.email());
			return "redirect:/admin/invitations";
		}
		catch (InvalidInputException refused) {
			refused.fields().forEach(field -> reject(result, field.field()));
			return VIEW;
		}
		catch (ConflictException exists) {
			result.rejectValue("email", "problem.account-exists");
			return VIEW;
		}
	}

	private static void reject(BindingResult result, String field) {
		if (!result.hasFieldErrors(field)) {
			result.rejectValue(field, "access.invite.invalid." + field);
		}
	}

}

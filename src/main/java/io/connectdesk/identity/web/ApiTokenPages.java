package io.connectdesk.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.common.Caller;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.identity.ApiTokens;
import io.connectdesk.identity.NewApiToken;
import io.connectdesk.identity.TokenScope;
import io.connectdesk.web.PageController;

/**
 * "API tokens": a customer user creates (the token is shown on the answer page, once), lists and
 * revokes their tokens; an admin lists and revokes a customer's.
 */
@PageController
class ApiTokenPages {

	private final ApiTokens tokens;

	ApiTokenPages(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@ModelAttribute("scopes")
	List<TokenScope> scopes() {
		return List.of(TokenScope.values());
	}

	@GetMapping("/tokens")
	String mine(Caller caller, Model model) {
		model.addAttribute("tokens", this.tokens.mine(caller));
		return "tokens/mine";
	}

	/** Renders the page directly (no redirect): the new token is in this answer and nowhere else. */
	@PostMapping("/tokens")
	String create(@ModelAttribute TokenForm form, BindingResult binding, Caller caller, Model model) {
		if (binding.hasErrors()) {
			model.addAttribute("problems", binding.getFieldErrors().stream().map(FieldError::getField).toList());
			model.addAttribute("form", form);
			return mine(caller, model);
		}
		try {
			model.addAttribute("created", this.tokens.create(caller, form.toCommand()));
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("problems", invalid.fields().stream().map(InvalidInputException.FieldProblem::field).toList());
			model.addAttribute("form", form);
		}
		return mine(caller, model);
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable Long id, Caller caller, RedirectAttributes flash) {
		this.tokens.revokeOwn(caller, id);
		flash.addFlashAttribute("revoked", true);
		return "redirect:/tokens";
	}

	@GetMapping("/admin/customers/{customerId}/tokens")
	String ofCustomer(@PathVariable Long customerId, Caller caller, Model model) {
		model.addAttribute("customerId", customerId);
		model.addAttribute("tokens", this.tokens.ofCustomer(caller, customerId));
		return "tokens/customer";
	}

	@PostMapping("/admin/customers/{customerId}/tokens/{id}/revoke")
	String revokeOfCustomer(@PathVariable Long customerId, @PathVariable Long id, Caller caller, RedirectAttributes flash) {
		this.tokens.revokeOfCustomer(caller, customerId, id);
		flash.addFlashAttribute("revoked", true);
		return "redirect:/admin/customers/" + customerId + "/tokens";
	}

	/** The page's form: scope codes as ticked, the expiry in days. */
	public static final class TokenForm {

		private String name;

		private List<String> scopes = List.of();

		private Integer expiresInDays = 90;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public List<String> getScopes() {
			return this.scopes;
		}

		public void setScopes(List<String> scopes) {
			this.scopes = scopes == null ? List.of() : scopes;
		}

		public Integer getExpiresInDays() {
			return this.expiresInDays;
		}

		public void setExpiresInDays(Integer expiresInDays) {
			this.expiresInDays = expiresInDays;
		}

		NewApiToken toCommand() {
			Set<TokenScope> chosen = EnumSet.noneOf(TokenScope.class);
			this.scopes.forEach(code -> chosen.add(TokenScope.of(code)));
			return new NewApiToken(this.name, chosen, this.expiresInDays);
		}

	}

}

package io.connectdesk.customer.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.common.DeskException;
import io.connectdesk.customer.Actor;
import io.connectdesk.customer.Contracts;
import io.connectdesk.customer.CustomerDetail;
import io.connectdesk.customer.EnvironmentKind;
import io.connectdesk.customer.ServicePlan;
import io.connectdesk.common.Caller;
import io.connectdesk.web.PageController;

/** The admin's pages for customers: the list, a new customer, and one customer's contract and environments. */
@PageController
class CustomerPages {

	static final String CONTRACT_FORM = "contractForm";

	static final String ENVIRONMENT_FORM = "environmentForm";

	private static final String DETAIL = "customers/detail";

	private static final String NEW = "customers/new";

	private final Contracts contracts;

	private final FormCheck check;

	private final MessageSource messages;

	CustomerPages(Contracts contracts, FormCheck check, MessageSource messages) {
		this.contracts = contracts;
		this.check = check;
		this.messages = messages;
	}

	@ModelAttribute("plans")
	List<ServicePlan> plans() {
		return List.of(ServicePlan.values());
	}

	@ModelAttribute("kinds")
	List<EnvironmentKind> kinds() {
		return List.of(EnvironmentKind.values());
	}

	@GetMapping("/admin/customers")
	String list(Model model) {
		model.addAttribute("customers", this.contracts.list());
		return "customers/list";
	}

	@GetMapping("/admin/customers/new")
	String newCustomer(Model model) {
		model.addAttribute(CONTRACT_FORM, new ContractForm());
		return NEW;
	}

	@PostMapping("/admin/customers")
	String create(@ModelAttribute(CONTRACT_FORM) ContractForm form, BindingResult result, Caller caller,
			RedirectAttributes flash) {
		if (!this.check.valid(form.toNewCustomer(), result)) {
			return NEW;
		}
		try {
			CustomerDetail created = this.contracts.create(form.toNewCustomer(), Actor.of(caller));
			notice(flash, "customers.notice.created", created.name());
			return "redirect:/admin/customers/" + created.id();
		}
		catch (DeskException refused) {
			this.check.refused(refused, result);
			return NEW;
		}
	}

	@GetMapping("/admin/customers/{id}")
	String detail(@PathVariable Long id, Model model) {
		CustomerDetail customer = this.contracts.detail(id);
		model.addAttribute(CONTRACT_FORM, ContractForm.of(customer));
		return detailPage(customer, new EnvironmentForm(), model);
	}

	@PostMapping("/admin/customers/{id}/contract")
	String changeContract(@PathVariable Long id, @ModelAttribute(CONTRACT_FORM) ContractForm form, BindingResult result,
			Caller caller, Model model, RedirectAttributes flash) {
		CustomerDetail customer = this.contracts.detail(id);
		if (!this.check.valid(form.toTerms(), result)) {
			return detailPage(customer, new EnvironmentForm(), model);
		}
		try {
			this.contracts.changeContract(id, form.toTerms(), Actor.of(caller));
			notice(flash, "customers.notice.contractSaved");
			return "redirect:/admin/customers/" + id;
		}
		catch (DeskException refused) {
			this.check.refused(refused, result);
			return detailPage(customer, new EnvironmentForm(), model);
		}
	}

	@PostMapping("/admin/customers/{id}/environments")
	String addEnvironment(@PathVariable Long id, @ModelAttribute(ENVIRONMENT_FORM) EnvironmentForm form,
			BindingResult result, Caller caller, Model model, RedirectAttributes flash) {
		CustomerDetail customer = this.contracts.detail(id);
		model.addAttribute(CONTRACT_FORM, ContractForm.of(customer));
		if (!this.check.valid(form.toCommand(), result)) {
			return detailPage(customer, form, model);
		}
		try {
			this.contracts.addEnvironment(id, form.toCommand(), Actor.of(caller));
			notice(flash, "customers.notice.environmentAdded", form.getKey());
			return "redirect:/admin/customers/" + id;
		}
		catch (DeskException refused) {
			this.check.refused(refused, result);
			return detailPage(customer, form, model);
		}
	}

	@PostMapping("/admin/customers/{id}/environments/{key}/remove")
	String removeEnvironment(@PathVariable Long id, @PathVariable String key, Caller caller, RedirectAttributes flash) {
		try {
			this.contracts.removeEnvironment(id, key, Actor.of(caller));
			notice(flash, "customers.notice.environmentRemoved", key);
		}
		catch (DeskException refused) {
			flash.addFlashAttribute("problem", this.messages.getMessage(new DefaultMessageSourceResolvable(
					new String[] { "problem." + refused.code(), "problem.kind." + refused.kind().name() }),
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/admin/customers/" + id;
	}

	private static String detailPage(CustomerDetail customer, EnvironmentForm environmentForm, Model model) {
		model.addAttribute("customer", customer);
		if (!model.containsAttribute(ENVIRONMENT_FORM)) {
			model.addAttribute(ENVIRONMENT_FORM, environmentForm);
		}
		return DETAIL;
	}

	private void notice(RedirectAttributes flash, String key, Object... arguments) {
		flash.addFlashAttribute("notice", this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
	}

}

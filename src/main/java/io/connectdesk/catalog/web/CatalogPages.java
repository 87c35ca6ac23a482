package io.connectdesk.catalog.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.catalog.Catalog;
import io.connectdesk.catalog.CatalogAdministration;
import io.connectdesk.catalog.ComponentView;
import io.connectdesk.catalog.UnknownComponentException;
import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.customer.EnvironmentKind;
import io.connectdesk.web.PageController;

/** The admin's catalog pages: every component with today's prices and the MRU rates; one component to edit and price. */
@PageController
class CatalogPages {

	static final String DESCRIPTION_FORM = "descriptionForm";

	static final String PRICE_FORM = "priceForm";

	static final String RATE_FORM = "rateForm";

	private static final String LIST = "catalog/list";

	private static final String DETAIL = "catalog/detail";

	private final Catalog catalog;

	private final CatalogAdministration administration;

	private final CatalogFormCheck check;

	private final MessageSource messages;

	CatalogPages(Catalog catalog, CatalogAdministration administration, CatalogFormCheck check, MessageSource messages) {
		this.catalog = catalog;
		this.administration = administration;
		this.check = check;
		this.messages = messages;
	}

	@ModelAttribute("kinds")
	List<EnvironmentKind> kinds() {
		return List.of(EnvironmentKind.values());
	}

	@GetMapping("/admin/catalog")
	String list(Model model) {
		return listPage(new RateForm(), model);
	}

	@PostMapping("/admin/catalog/rates")
	String addRate(@ModelAttribute(RATE_FORM) RateForm form, BindingResult result, Caller caller, Model model,
			RedirectAttributes flash) {
		if (!this.check.valid(form.toCommand(), result)) {
			return listPage(form, model);
		}
		try {
			this.administration.addRate(form.toCommand(), caller);
			notice(flash, "catalog.notice.rateAdded", form.getUsdPerMru(), form.getEffectiveFrom());
			return "redirect:/admin/catalog";
		}
		catch (DeskException refused) {
			this.check.refused(refused, result);
			return listPage(form, model);
		}
	}

	@GetMapping("/admin/catalog/{key}")
	String detail(@PathVariable String key, Model model) {
		ComponentView component = find(key);
		return detailPage(component, DescriptionForm.of(component), new PriceForm(), model);
	}

	@PostMapping("/admin/catalog/{key}/description")
	String describe(@PathVariable String key, @ModelAttribute(DESCRIPTION_FORM) DescriptionForm form,
			BindingResult result, Caller caller, Model model, RedirectAttributes flash) {
		ComponentView component = find(key);
		if (!this.check.valid(form.toCommand(), result)) {
			return detailPage(component, form, new PriceForm(), model);
		}
		this.administration.describe(key, form.toCommand(), caller);
		notice(flash, "catalog.notice.described");
		return "redirect:/admin/catalog/" + key;
	}

	@PostMapping("/admin/catalog/{key}/prices")
	String changePrice(@PathVariable String key, @ModelAttribute(PRICE_FORM) PriceForm form, BindingResult result,
			Caller caller, Model model, RedirectAttributes flash) {
		ComponentView component = find(key);
		if (!this.check.valid(form.toCommand(), result)) {
			return detailPage(component, DescriptionForm.of(component), form, model);
		}
		try {
			this.administration.changePrice(key, form.toCommand(), caller);
			notice(flash, "catalog.notice.priced", form.getMonthlyMru(), form.getEffectiveFrom());
			return "redirect:/admin/catalog/" + key;
		}
		catch (DeskException refused) {
			this.check.refused(refused, result);
			return detailPage(component, DescriptionForm.of(component), form, model);
		}
	}

	private String listPage(RateForm rateForm, Model model) {
		model.addAttribute("components", this.catalog.components());
		model.addAttribute("rates", this.administration.rates());
		if (!model.containsAttribute(RATE_FORM)) {
			model.addAttribute(RATE_FORM, rateForm);
		}
		return LIST;
	}

	private String detailPage(ComponentView component, DescriptionForm descriptionForm, PriceForm priceForm, Model model) {
		model.addAttribute("component", component);
		model.addAttribute("prices", this.administration.priceHistory(component.key()));
		if (!model.containsAttribute(DESCRIPTION_FORM)) {
			model.addAttribute(DESCRIPTION_FORM, descriptionForm);
		}
		if (!model.containsAttribute(PRICE_FORM)) {
			model.addAttribute(PRICE_FORM, priceForm);
		}
		return DETAIL;
	}

	private ComponentView find(String key) {
		return this.catalog.component(key).orElseThrow(() -> new UnknownComponentException(key));
	}

	private void notice(RedirectAttributes flash, String key, Object... arguments) {
		flash.addFlashAttribute("notice", this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
	}

}

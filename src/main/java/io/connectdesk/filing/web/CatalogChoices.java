package io.connectdesk.filing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.connectdesk.catalog.Catalog;
import io.connectdesk.catalog.ComponentCategory;
import io.connectdesk.catalog.ComponentView;
import io.connectdesk.common.Caller;
import io.connectdesk.customer.Customers;
import io.connectdesk.customer.EnvironmentView;

/** What the new-ticket form offers: active catalog components by category, and the caller's environments. */
@Component
class CatalogChoices {

	private final Catalog catalog;

	private final Customers customers;

	CatalogChoices(Catalog catalog, Customers customers) {
		this.catalog = catalog;
		this.customers = customers;
	}

	/** Puts the choices on the page; answers the active components in catalog order. */
	List<ComponentView> describe(Caller caller, Model model) {
		List<ComponentView> active = this.catalog.components().stream().filter(ComponentView::active).toList();
		Map<ComponentCategory, List<ComponentView>> byCategory = new LinkedHashMap<>();
		for (ComponentCategory category : ComponentCategory.values()) {
			byCategory.put(category, active.stream().filter(component -> component.category() == category).toList());
		}
		List<EnvironmentView> environments = caller.customerId() == null ? List.of()
				: this.customers.environmentsOf(caller.customerId());
		model.addAttribute("categories", byCategory);
		model.addAttribute("environments", environments);
		model.addAttribute("itemTypes", TicketForm.typesTakingItems());
		model.addAttribute("freeKeyTypes", TicketForm.typesTakingFreeKeys());
		return active;
	}

}

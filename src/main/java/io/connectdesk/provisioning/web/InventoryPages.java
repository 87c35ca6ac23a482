package io.connectdesk.provisioning.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.connectdesk.common.Caller;
import io.connectdesk.provisioning.InventoryView;
import io.connectdesk.provisioning.InventoryWithResults;
import io.connectdesk.web.PageController;

/** The inventory page: a customer's people see their own ({@code /inventory}); admins and SREs any customer's. */
@PageController
class InventoryPages {

	private static final String PAGE = "provisioning/inventory";

	private final InventoryWithResults inventory;

	InventoryPages(InventoryWithResults inventory) {
		this.inventory = inventory;
	}

	@GetMapping("/inventory")
	String own(Caller caller, Model model) {
		return page(this.inventory.own(caller), false, model);
	}

	@GetMapping("/admin/customers/{id}/inventory")
	String ofCustomer(@PathVariable Long id, Caller caller, Model model) {
		return page(this.inventory.of(caller, id), true, model);
	}

	private static String page(InventoryView inventory, boolean staff, Model model) {
		model.addAttribute("inventory", inventory);
		model.addAttribute("staff", staff);
		return PAGE;
	}

}

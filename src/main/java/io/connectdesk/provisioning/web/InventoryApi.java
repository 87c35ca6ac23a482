package io.connectdesk.provisioning.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.Caller;
import io.connectdesk.provisioning.InventoryView;
import io.connectdesk.provisioning.InventoryWithResults;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Inventory", description = "A customer's active components, each with what provisioning produced for it")
class InventoryApi {

	private final InventoryWithResults inventory;

	InventoryApi(InventoryWithResults inventory) {
		this.inventory = inventory;
	}

	@GetMapping("/inventory")
	@io.swagger.v3.oas.annotations.Operation(summary = "The caller's customer's active components with their current results",
			description = "Each component per environment active today (customer's time zone), the ticket that activated it, "
					+ "since when, and the outputs of its latest provisioning or change. Staff belong to no customer: 404.")
	InventoryView own(Caller caller) {
		return this.inventory.own(caller);
	}

	@GetMapping("/admin/customers/{id}/inventory")
	@io.swagger.v3.oas.annotations.Operation(summary = "A customer's active components with their current results (ADMIN, SRE)",
			description = "404 customer-not-found for an unknown customer.")
	InventoryView ofCustomer(@PathVariable Long id, Caller caller) {
		return this.inventory.of(caller, id);
	}

}

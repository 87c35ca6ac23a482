package io.connectdesk.catalog.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.catalog.CatalogAdministration;
import io.connectdesk.catalog.ComponentDescription;
import io.connectdesk.catalog.ComponentView;
import io.connectdesk.catalog.MruRate;
import io.connectdesk.catalog.NewPrice;
import io.connectdesk.catalog.NewRate;
import io.connectdesk.catalog.PriceView;
import io.connectdesk.common.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/admin/catalog")
@Tag(name = "Catalog (admin)", description = "Component names, prices and MRU rates; ADMIN only. Prices and rates are history: a change adds an entry from a date on")
class CatalogAdminApi {

	private final CatalogAdministration administration;

	CatalogAdminApi(CatalogAdministration administration) {
		this.administration = administration;
	}

	@PutMapping("/{key}")
	@Operation(summary = "Change a component's names, descriptions (English and Spanish) and whether it is offered")
	ComponentView describe(@PathVariable String key, @Valid @RequestBody ComponentDescription description, Caller caller) {
		return this.administration.describe(key, description, caller);
	}

	@GetMapping("/{key}/prices")
	@Operation(summary = "A component's price history, by environment kind, newest first")
	List<PriceView> prices(@PathVariable String key) {
		return this.administration.priceHistory(key);
	}

	@PostMapping("/{key}/prices")
	@Operation(summary = "Price a component in one environment kind from a date on",
			description = "Earlier prices stay for the days they were in force. 409 price-exists when one already takes effect that day.")
	ResponseEntity<PriceView> changePrice(@PathVariable String key, @Valid @RequestBody NewPrice price, Caller caller) {
		PriceView added = this.administration.changePrice(key, price, caller);
		return ResponseEntity.created(URI.create("/api/v1/admin/catalog/" + key + "/prices")).body(added);
	}

	@GetMapping("/rates")
	@Operation(summary = "The MRU rate history, newest first")
	List<MruRate> rates() {
		return this.administration.rates();
	}

	@PostMapping("/rates")
	@Operation(summary = "Add a USD value of one MRU from a date on", description = "409 rate-exists when one already takes effect that day.")
	ResponseEntity<MruRate> addRate(@Valid @RequestBody NewRate rate, Caller caller) {
		MruRate added = this.administration.addRate(rate, caller);
		return ResponseEntity.created(URI.create("/api/v1/admin/catalog/rates")).body(added);
	}

}

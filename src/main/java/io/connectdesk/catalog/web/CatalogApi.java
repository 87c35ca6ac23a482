package io.connectdesk.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.catalog.Catalog;
import io.connectdesk.catalog.ComponentView;
import io.connectdesk.catalog.MruRate;
import io.connectdesk.catalog.UnknownComponentException;
import io.connectdesk.common.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog", description = "The components a ticket can activate, their MRU per month and the MRU rate; "
		+ "the same for every signed-in user (the catalog belongs to no customer)")
class CatalogApi {

	private final Catalog catalog;

	private final Clock clock;

	CatalogApi(Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Every component, active or not, with its parameters and today's MRU per environment kind")
	List<ComponentView> components() {
		return this.catalog.components();
	}

	@GetMapping("/rate")
	@Operation(summary = "The USD value of one MRU in force on a day (default today), with the day it took effect",
			description = "404 mru-rate-not-found before the first rate.")
	MruRate rate(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		LocalDate day = on == null ? LocalDate.now(this.clock) : on;
		return this.catalog.rateOn(day)
			.orElseThrow(() -> new NotFoundException("mru-rate-not-found", "No MRU rate in force on " + day));
	}

	@GetMapping("/{key}")
	@Operation(summary = "One component", description = "404 component-not-found for an unknown key.")
	ComponentView component(@PathVariable String key) {
		return this.catalog.component(key).orElseThrow(() -> new UnknownComponentException(key));
	}

}

package io.connectdesk.customer.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.customer.Actor;
import io.connectdesk.customer.ContractTerms;
import io.connectdesk.customer.Contracts;
import io.connectdesk.customer.CustomerDetail;
import io.connectdesk.customer.CustomerSummary;
import io.connectdesk.customer.NewCustomer;
import io.connectdesk.customer.NewEnvironment;
import io.connectdesk.common.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/admin/customers")
@Tag(name = "Customers (admin)", description = "Customers, their contracts and environments; ADMIN only, every change audited")
class CustomerApi {

	private final Contracts contracts;

	CustomerApi(Contracts contracts) {
		this.contracts = contracts;
	}

	@GetMapping
	@Operation(summary = "Every customer, by name")
	List<CustomerSummary> list() {
		return this.contracts.list();
	}

	@PostMapping
	@Operation(summary = "Create a customer with its contract",
			description = "Production and pre-production environments come with it. 409 when the name or a domain is taken.")
	ResponseEntity<CustomerDetail> create(@Valid @RequestBody NewCustomer request, Caller caller) {
		CustomerDetail created = this.contracts.create(request, Actor.of(caller));
		return ResponseEntity.created(URI.create("/api/v1/admin/customers/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One customer with its contract and environments")
	CustomerDetail get(@PathVariable Long id) {
		return this.contracts.detail(id);
	}

	@PutMapping("/{id}/contract")
	@Operation(summary = "Replace the contract's domains, plan and urgent quota",
			description = "409 domain-taken when another customer's contract holds one of the domains.")
	CustomerDetail changeContract(@PathVariable Long id, @Valid @RequestBody ContractTerms terms, Caller caller) {
		return this.contracts.changeContract(id, terms, Actor.of(caller));
	}

	@PostMapping("/{id}/environments")
	@Operation(summary = "Add an environment", description = "409 when the key is taken or it would be a second production.")
	ResponseEntity<CustomerDetail> addEnvironment(@PathVariable Long id, @Valid @RequestBody NewEnvironment environment,
			Caller caller) {
		CustomerDetail changed = this.contracts.addEnvironment(id, environment, Actor.of(caller));
		return ResponseEntity.created(URI.create("/api/v1/admin/customers/" + id + "/environments/" + environment.key()))
			.body(changed);
	}

	@DeleteMapping("/{id}/environments/{key}")
	@Operation(summary = "Remove an additional environment", description = "409 for production and pre-production.")
	CustomerDetail removeEnvironment(@PathVariable Long id, @PathVariable String key, Caller caller) {
		return this.contracts.removeEnvironment(id, key, Actor.of(caller));
	}

}

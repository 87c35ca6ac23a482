package io.connectdesk.access.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.access.OrganizationPeople;
import io.connectdesk.common.Caller;
import io.connectdesk.identity.Memberships.Member;
import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/v1/organization/people")
class OrganizationApi {

	private final OrganizationPeople people;

	OrganizationApi(OrganizationPeople people) {
		this.people = people;
	}

	@Operation(summary = "The people of the caller's customer (customer admins); admins name the customer")
	@GetMapping
	List<Member> people(@RequestParam(required = false) Long customerId, Caller caller) {
		return this.people.people(caller, customerId);
	}

	@Operation(summary = "Grant or revoke the approver role of a person of the caller's customer")
	@PutMapping("/{userId}/approver")
	Member approver(@PathVariable Long userId, @Valid @RequestBody ApproverChange change, Caller caller) {
		return this.people.setApprover(caller, userId, change.approver());
	}

	record ApproverChange(@NotNull Boolean approver) {
	}

}

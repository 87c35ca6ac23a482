package io.connectdesk.approval.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.approval.CostApprovals;
import io.connectdesk.approval.ApprovalItem;
import io.connectdesk.approval.Decide;
import io.connectdesk.approval.NameSubstitute;
import io.connectdesk.approval.SubstituteView;
import io.connectdesk.approval.Substitutes;
import io.connectdesk.common.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "Cost approval of tickets that change the customer's recurring cost")
class ApprovalApi {

	private final CostApprovals desk;

	private final Substitutes substitutes;

	ApprovalApi(CostApprovals desk, Substitutes substitutes) {
		this.desk = desk;
		this.substitutes = substitutes;
	}

	@GetMapping
	@Operation(summary = "Your inbox: your customer's cost changes waiting for a decision",
			description = "For the customer's approvers and, on the days of their substitution, their substitutes.")
	List<ApprovalItem> inbox(Caller caller) {
		return this.desk.inbox(caller);
	}

	@GetMapping("/{ticketId}")
	@Operation(summary = "A ticket's cost approval, with the decisions made so far")
	ApprovalItem approval(@PathVariable String ticketId, Caller caller) {
		return this.desk.view(ticketId, caller);
	}

	@PostMapping("/{ticketId}/decisions")
	@Operation(summary = "Approve or reject the ticket's cost change",
			description = "REJECT needs a comment: the requester and CC parties are told. 403 self-approval: the "
					+ "requester cannot approve their own ticket; 409 approval-already-decided / approval-already-given.")
	ApprovalItem decide(@PathVariable String ticketId, @Valid @RequestBody Decide decision, Caller caller) {
		return this.desk.decide(ticketId, caller, decision);
	}

	@GetMapping("/substitutes")
	@Operation(summary = "Your substitutes, and those you substitute for")
	List<SubstituteView> substitutes(Caller caller) {
		return this.substitutes.of(caller);
	}

	@PostMapping("/substitutes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Name a substitute who decides for you from one day to another")
	SubstituteView nameSubstitute(@Valid @RequestBody NameSubstitute request, Caller caller) {
		return this.substitutes.name(caller, request);
	}

	@DeleteMapping("/substitutes/{substituteId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End one of your substitutions")
	void removeSubstitute(@PathVariable Long substituteId, Caller caller) {
		this.substitutes.remove(caller, substituteId);
	}

}

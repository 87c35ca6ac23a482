package io.connectdesk.approval;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.customer.Contracts;
import io.connectdesk.ticket.LineArgument;
import io.connectdesk.ticket.LineDetail;
import io.connectdesk.ticket.TicketCost;
import io.connectdesk.ticket.TicketCosts;

/**
 * What the {@code CostApproval} process does by itself: read the policy's inputs, open the request,
 * remind the approvers, let the request expire. Each step runs in the engine's transaction.
 */
@Component
@Transactional
class ApprovalSteps {

	private final ApprovalRequestRepository requests;

	private final ApprovalDecisionRepository decisions;

	private final TicketCosts costs;

	private final Contracts contracts;

	private final ApprovalNotices notices;

	private final Clock clock;

	ApprovalSteps(ApprovalRequestRepository requests, ApprovalDecisionRepository decisions, TicketCosts costs,
			Contracts contracts, ApprovalNotices notices, Clock clock) {
		this.requests = requests;
		this.decisions = decisions;
		this.costs = costs;
		this.contracts = contracts;
		this.notices = notices;
		this.clock = clock;
	}

	/** The policy's inputs: the ticket's MRU delta and its customer's plan. */
	CostFacts factsOf(String ticketId) {
		TicketCost cost = this.costs.costOf(ticketId);
		if (!cost.changesCost()) {
			throw new IllegalStateException("Ticket " + ticketId + " changes no cost: nothing to approve");
		}
		return new CostFacts(cost.mruDelta().doubleValue(),
				this.contracts.detail(cost.customerId()).contract().plan().name());
	}

	/** Opens the request with what the policy decided, and asks the approvers. */
	void open(String ticketId, int requiredApprovals, String policyRule) {
		TicketCost cost = this.costs.costOf(ticketId);
		ApprovalRequest request = this.requests.save(new ApprovalRequest(cost.ticketId(), cost.customerId(),
				cost.requesterId(), cost.title(), cost.mruDelta(), cost.monthlyMruAfter(), requiredApprovals, policyRule,
				this.clock.instant()));
		this.costs.awaitApproval(ticketId, ApprovalLine.APPROVAL_REQUESTED, policyText(request));
		this.notices.askApprovers(request, ApprovalLine.APPROVAL_REQUESTED, Set.of());
	}

	void remind(String ticketId) {
		this.requests.findFirstByTicketIdIgnoreCaseOrderByIdDesc(ticketId)
			.filter(request -> request.getStatus() == ApprovalStatus.PENDING)
			.ifPresent(request -> {
				this.costs.approversReminded(ticketId, ApprovalLine.APPROVAL_REMINDED);
				this.notices.askApprovers(request, ApprovalLine.APPROVAL_REMINDED, decidedOn(request));
			});
	}

	void expire(String ticketId) {
		ApprovalRequest request = this.requests.findFirstByTicketIdIgnoreCaseOrderByIdDesc(ticketId)
			.orElseThrow(() -> new IllegalStateException("No cost approval for ticket " + ticketId));
		request.expire(this.clock.instant());
		this.requests.saveAndFlush(request);
		this.costs.approvalExpired(ticketId, ApprovalLine.APPROVAL_EXPIRED);
		this.notices.tellExpired(request);
	}

	private Set<Long> decidedOn(ApprovalRequest request) {
		return this.decisions.findByRequestIdOrderByDecidedAtAscIdAsc(request.getId())
			.stream()
			.flatMap(decision -> Stream.of(decision.getDecidedBy(), decision.getCountsFor()))
			.collect(Collectors.toSet());
	}

	/** The timeline's account of the policy: "2 approvals needed (large increase)". */
	private static LineDetail policyText(ApprovalRequest request) {
		return LineDetail.of(ApprovalSentence.APPROVALS_NEEDED, LineArgument.count(request.getRequiredApprovals()),
				ruleOf(request), LineArgument.mruChange(request.getMruDelta()));
	}

	/** The policy's rule ({@code approval-policy.dmn}) in the reader's words: {@code approval.rule.<rule>}. */
	private static LineArgument ruleOf(ApprovalRequest request) {
		String rule = request.getPolicyRule() == null ? "" : request.getPolicyRule();
		return LineArgument.message("approval.rule." + rule.strip().replaceAll("[^A-Za-z0-9]+", "_"), rule);
	}

	/** @param plan the contract's {@code ServicePlan} */
	record CostFacts(double mruDelta, String plan) {
	}

}

package io.connectdesk.approval;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ConcurrentUpdateException;
import io.connectdesk.common.ConflictException;
import io.connectdesk.common.DeskException;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.ticket.TicketCosts;
import io.connectdesk.workflow.ProcessVariables;
import io.connectdesk.workflow.Workflow;

/**
 * The approvers' side of a cost approval: their inbox, and their decisions. A decision, the ticket's
 * move and the process's step commit together; of two concurrent decisions on the same request,
 * the one that commits second is decided again on what the first left (a request needing one
 * approval is then already decided: 409 {@code approval-already-decided}).
 */
@Service
public class CostApprovals {

	/** The length of {@code approval_decision.comment}. */
	static final int COMMENT_LENGTH = 2000;

	private final ApprovalRequestRepository requests;

	private final ApprovalDecisionRepository decisions;

	private final Approvers approvers;

	private final TicketCosts costs;

	private final ApprovalNotices notices;

	private final Workflow workflow;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CostApprovals(ApprovalRequestRepository requests, ApprovalDecisionRepository decisions, Approvers approvers,
			TicketCosts costs, ApprovalNotices notices, Workflow workflow, TransactionTemplate transaction, Clock clock) {
		this.requests = requests;
		this.decisions = decisions;
		this.approvers = approvers;
		this.costs = costs;
		this.notices = notices;
		this.workflow = workflow;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The pending cost changes of the caller's customer, if the caller may decide on any. */
	@Transactional(readOnly = true)
	public List<ApprovalItem> inbox(Caller caller) {
		if (caller.customerId() == null || this.approvers.authoritiesOf(caller, caller.customerId()).isEmpty()) {
			return List.of();
		}
		return this.requests.findByCustomerIdAndStatusOrderByRequestedAtAsc(caller.customerId(), ApprovalStatus.PENDING)
			.stream()
			.map(request -> toItem(request, caller))
			.toList();
	}

	/** How many pending cost changes wait for the caller's decision (the header's badge); 0 for non-approvers. */
	@Transactional(readOnly = true)
	public long waiting(Caller caller) {
		if (caller.customerId() == null || this.approvers.authoritiesOf(caller, caller.customerId()).isEmpty()) {
			return 0;
		}
		return this.requests.countWaitingFor(caller.customerId(), caller.userId(), ApprovalStatus.PENDING);
	}

	/** The ticket's latest cost approval, for anyone who may see the ticket. */
	@Transactional(readOnly = true)
	public ApprovalItem view(String ticketId, Caller caller) {
		return toItem(visible(ticketId, caller), caller);
	}

	/**
	 * Approves or rejects the ticket's pending cost change as the caller, or as the approver the caller
	 * substitutes for today.
	 */
	public ApprovalItem decide(String ticketId, Caller caller, Decide decision) {
		if (decision.verdict() == Verdict.REJECT && !decision.hasComment()) {
			throw InvalidInputException.of("comment", "Say why you reject the cost: the requester is told");
		}
		if (decision.hasComment() && decision.comment().strip().length() > COMMENT_LENGTH) {
			throw InvalidInputException.of("comment", "At most " + COMMENT_LENGTH + " characters");
		}
		try {
			return this.transaction.execute(status -> decideOnce(ticketId, caller, decision));
		}
		catch (DataAccessException | ConcurrentUpdateException concurrent) {
			// Another decision on the same request committed first: decide again on what it left.
			return this.transaction.execute(status -> decideOnce(ticketId, caller, decision));
		}
	}

	private ApprovalItem decideOnce(String ticketId, Caller caller, Decide decision) {
		ApprovalRequest request = visible(ticketId, caller);
		request.requirePending();
		List<ApprovalDecision> earlier = this.decisions.findByRequestIdOrderByDecidedAtAscIdAsc(request.getId());
		Authority authority = authorityFor(caller, request, decision.verdict(), earlier);
		var now = this.clock.instant();
		if (decision.verdict() == Verdict.APPROVE) {
			request.approve(now);
		}
		else {
			request.reject(now);
		}
		// The request's row first: a concurrent decision on it fails here, before anything else changed.
		this.requests.saveAndFlush(request);
		this.decisions.saveAndFlush(new ApprovalDecision(request.getId(), authority, decision.verdict(), decision.comment(), now));
		if (decision.verdict() == Verdict.APPROVE) {
			this.costs.approvalGiven(request.getTicketId(), ApprovalLine.APPROVAL_GIVEN, caller, authority.decided(decision.comment()));
			if (request.getStatus() == ApprovalStatus.APPROVED) {
				this.costs.costApproved(request.getTicketId(), ApprovalLine.COST_APPROVED);
			}
		}
		else {
			this.costs.costRejected(request.getTicketId(), ApprovalLine.COST_REJECTED, caller, authority.decided(decision.comment()),
					decision.comment());
			this.notices.tellRejected(request, authority.describe(), decision.comment());
		}
		this.workflow.correlateOnVariable(CostApproval.MESSAGE_DECIDED, CostApproval.TICKET_ID, request.getTicketId(),
				ProcessVariables.of(CostApproval.OUTCOME.value(outcomeOf(request)),
						CostApproval.APPROVALS_MISSING.value(request.approvalsMissing())));
		return toItem(request, caller);
	}

	/** Whose approval the caller's decision is; refuses callers who may not decide (now). */
	private Authority authorityFor(Caller caller, ApprovalRequest request, Verdict verdict, List<ApprovalDecision> earlier) {
		List<Authority> authorities = this.approvers.authoritiesOf(caller, request.getCustomerId());
		if (authorities.isEmpty()) {
			throw new ForbiddenException("not-an-approver",
					"Only the customer's approvers and their substitutes decide on cost changes");
		}
		if (earlier.stream().anyMatch(decided -> decided.getDecidedBy().equals(caller.userId()))) {
			throw new ConflictException("approval-already-given", "You have already decided on this cost change");
		}
		List<Authority> unused = authorities.stream()
			.filter(authority -> earlier.stream().noneMatch(decided -> decided.getCountsFor().equals(authority.approverId())))
			.toList();
		if (unused.isEmpty()) {
			throw new ConflictException("approval-already-given", "The approvers you decide for have already decided");
		}
		if (verdict == Verdict.APPROVE) {
			if (caller.userId().equals(request.getRequesterId())) {
				throw selfApproval();
			}
			unused = unused.stream().filter(authority -> !authority.approverId().equals(request.getRequesterId())).toList();
			if (unused.isEmpty()) {
				throw selfApproval();
			}
		}
		return unused.get(0);
	}

	private static ForbiddenException selfApproval() {
		return new ForbiddenException("self-approval", "The requester of a ticket cannot approve its cost");
	}

	private ApprovalRequest visible(String ticketId, Caller caller) {
		return this.requests.findFirstByTicketIdIgnoreCaseOrderByIdDesc(ticketId == null ? "" : ticketId.strip())
			.filter(request -> caller.canSee(request.getCustomerId()))
			.orElseThrow(() -> new NotFoundException("approval-not-found", "No cost approval for ticket " + ticketId));
	}

	private ApprovalItem toItem(ApprovalRequest request, Caller caller) {
		List<ApprovalDecision> made = this.decisions.findByRequestIdOrderByDecidedAtAscIdAsc(request.getId());
		return new ApprovalItem(request.getTicketId(), "/tickets/" + request.getTicketId(), request.getTitle(),
				request.getMruDelta(), request.getMonthlyMruAfter(), request.getRequestedAt(), request.getStatus(),
				request.getRequiredApprovals(), request.getApprovalsGiven(), request.getPolicyRule(),
				canDecide(caller, request, made), made.stream().map(ApprovalDecision::toView).toList());
	}

	private boolean canDecide(Caller caller, ApprovalRequest request, List<ApprovalDecision> made) {
		if (request.getStatus() != ApprovalStatus.PENDING) {
			return false;
		}
		try {
			authorityFor(caller, request, Verdict.APPROVE, made);
			return true;
		}
		catch (DeskException refused) {
			return false;
		}
	}

	private static ApprovalStatus outcomeOf(ApprovalRequest request) {
		return request.getStatus() == ApprovalStatus.REJECTED ? ApprovalStatus.REJECTED : ApprovalStatus.APPROVED;
	}

}

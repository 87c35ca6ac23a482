package io.connectdesk.approval;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ConflictException;
import io.connectdesk.common.NotFoundException;

/**
 * Decisions through the signed link of an approval mail. Opening the link changes nothing; the
 * decision is a POST of the confirmation page. A link works only for the signed-in approver it was
 * sent to, untampered and unexpired, while the request waits for that approver: once they decided
 * (or the request ended) it is used up.
 */
@Service
public class LinkDecisions {

	private final ApprovalLinks links;

	private final ApprovalRequestRepository requests;

	private final CostApprovals desk;

	LinkDecisions(ApprovalLinks links, ApprovalRequestRepository requests, CostApprovals desk) {
		this.links = links;
		this.requests = requests;
		this.desk = desk;
	}

	/** What the link's page shows; never changes anything. */
	@Transactional(readOnly = true)
	public LinkPage open(String token, Caller caller) {
		return requestFor(token, caller).map(request -> {
			ApprovalItem item = this.desk.view(request.getTicketId(), caller);
			return new LinkPage(item.canDecide() ? LinkState.OPEN : LinkState.USED, item);
		}).orElseGet(() -> new LinkPage(LinkState.INVALID, null));
	}

	public ApprovalItem decide(String token, Caller caller, Decide decision) {
		LinkPage page = open(token, caller);
		if (page.state() == LinkState.INVALID) {
			throw new NotFoundException("approval-link-invalid", "This approval link is not valid for you");
		}
		if (page.state() == LinkState.USED) {
			throw new ConflictException("approval-link-used", "This approval link has been used");
		}
		return this.desk.decide(page.item().ticketId(), caller, decision);
	}

	private Optional<ApprovalRequest> requestFor(String token, Caller caller) {
		return this.links.verify(token)
			.filter(claim -> claim.approverId().equals(caller.userId()))
			.flatMap(claim -> this.requests.findById(claim.requestId()))
			.filter(request -> caller.canSee(request.getCustomerId()));
	}

	public enum LinkState {
		/** The approver may decide here. */
		OPEN,
		/** The approver has decided, or the request has ended. */
		USED,
		/** Tampered, expired, or sent to someone else. */
		INVALID
	}

	/** @param item {@code null} when the link is invalid */
	public record LinkPage(LinkState state, ApprovalItem item) {
	}

}

package io.connectdesk.ticket;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.InvalidInputException;

/**
 * A ticket's cost, and the moves of its cost approval: filing records the MRU delta; the
 * {@code CostApproval} process and the customer's approvers move the ticket through approval.
 * Calls join the caller's transaction (the approval's own rows and the process change with it). Each
 * move of the approval writes the timeline line the approval module names ({@code line}: its own kinds).
 */
@Service
@Transactional
public class TicketCosts {

	private final TicketAccess access;

	private final Timeline timeline;

	private final Conversation conversation;

	private final Clock clock;

	TicketCosts(TicketAccess access, Timeline timeline, Conversation conversation, Clock clock) {
		this.access = access;
		this.timeline = timeline;
		this.conversation = conversation;
		this.clock = clock;
	}

	/**
	 * Records what fulfilling the ticket changes in the customer's monthly MRU (negative: less) and the
	 * monthly total after it, in MRU with two decimals. Only before the ticket is accepted.
	 */
	public void record(String ticketId, BigDecimal mruDelta, BigDecimal monthlyMruAfter) {
		if (mruDelta == null) {
			throw InvalidInputException.of("mruDelta", "Give the change in monthly MRU (0 for none)");
		}
		Ticket ticket = this.access.requireBySystem(ticketId);
		ticket.cost(twoDecimals(mruDelta), monthlyMruAfter == null ? null : twoDecimals(monthlyMruAfter),
				this.clock.instant());
		MruChange cost = ticket.getCost();
		this.timeline.recordBySystem(ticket, TimelineKind.COSTED, cost.getMonthlyMruAfter() == null
				? LineDetail.of(TicketSentence.COST_CHANGE, LineArgument.mruChange(cost.getMruDelta()))
				: LineDetail.of(TicketSentence.COST_CHANGE_TOTAL, LineArgument.mruChange(cost.getMruDelta()),
						LineArgument.mru(cost.getMonthlyMruAfter())));
	}

	@Transactional(readOnly = true)
	public TicketCost costOf(String ticketId) {
		Ticket ticket = this.access.requireBySystem(ticketId);
		return new TicketCost(ticket.key(), ticket.getCustomerId(), ticket.getRequesterId(), ticket.getTitle(),
				ticket.getStatus(), ticket.getCost().getMruDelta(), ticket.getCost().getMonthlyMruAfter());
	}

	/** The approvers were asked; {@code policy} says how many approvals the policy wants, and why. */
	public void awaitApproval(String ticketId, LineKind line, LineDetail policy) {
		Ticket ticket = this.access.requireBySystem(ticketId);
		ticket.awaitApproval(this.clock.instant());
		this.timeline.recordBySystem(ticket, line, policy);
	}

	public void approversReminded(String ticketId, LineKind line) {
		this.timeline.recordBySystem(this.access.requireBySystem(ticketId), line);
	}

	/** One approver approved; {@code who} names them ("Bea for Ana"), with their comment. */
	public void approvalGiven(String ticketId, LineKind line, Caller approver, LineDetail who) {
		Ticket ticket = this.access.requireBySystem(ticketId);
		this.timeline.record(ticket, line, approver, who);
	}

	/** Enough approvers approved: the ticket goes on to fulfilment. */
	public void costApproved(String ticketId, LineKind line) {
		Ticket ticket = this.access.requireBySystem(ticketId);
		ticket.costApproved(this.clock.instant());
		this.timeline.recordBySystem(ticket, line);
	}

	/** An approver rejected the cost: the ticket ends, and its conversation says why. */
	public void costRejected(String ticketId, LineKind line, Caller approver, LineDetail who, String comment) {
		Ticket ticket = this.access.requireBySystem(ticketId);
		ticket.costRejected(this.clock.instant());
		if (comment != null && !comment.isBlank()) {
			this.conversation.post(ticket, approver, comment, false);
		}
		this.timeline.record(ticket, line, approver, who);
	}

	public void approvalExpired(String ticketId, LineKind line) {
		Ticket ticket = this.access.requireBySystem(ticketId);
		ticket.approvalExpired(this.clock.instant());
		this.timeline.recordBySystem(ticket, line);
	}

	private static BigDecimal twoDecimals(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}

package io.connectdesk.approval;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.connectdesk.common.ConflictException;

/**
 * A ticket's cost change waiting for the customer's approvers. Every decision that counts changes
 * it, so its version lets exactly one of two concurrent decisions through.
 */
@Entity
@Table(name = "approval_request")
class ApprovalRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String ticketId;

	private Long customerId;

	private Long requesterId;

	private String title;

	private BigDecimal mruDelta;

	private BigDecimal monthlyMruAfter;

	private int requiredApprovals;

	private int approvalsGiven;

	private String policyRule;

	@Enumerated(EnumType.STRING)
	private ApprovalStatus status;

	private Instant requestedAt;

	private Instant decidedAt;

	protected ApprovalRequest() {
	}

	ApprovalRequest(String ticketId, Long customerId, Long requesterId, String title, BigDecimal mruDelta,
			BigDecimal monthlyMruAfter, int requiredApprovals, String policyRule, Instant now) {
		this.ticketId = ticketId;
		this.customerId = customerId;
		this.requesterId = requesterId;
		this.title = title;
		this.mruDelta = mruDelta;
		this.monthlyMruAfter = monthlyMruAfter;
		this.requiredApprovals = Math.max(1, requiredApprovals);
		this.policyRule = policyRule;
		this.status = ApprovalStatus.PENDING;
		this.requestedAt = now;
	}

	/** Counts one approval; the request is approved when enough distinct approvers approved. */
	void approve(Instant now) {
		requirePending();
		this.approvalsGiven++;
		if (this.approvalsGiven >= this.requiredApprovals) {
			end(ApprovalStatus.APPROVED, now);
		}
	}

	void reject(Instant now) {
		requirePending();
		end(ApprovalStatus.REJECTED, now);
	}

	void expire(Instant now) {
		requirePending();
		end(ApprovalStatus.EXPIRED, now);
	}

	void requirePending() {
		if (this.status != ApprovalStatus.PENDING) {
			throw alreadyDecided();
		}
	}

	static ConflictException alreadyDecided() {
		return new ConflictException("approval-already-decided", "This cost change has already been decided");
	}

	private void end(ApprovalStatus outcome, Instant now) {
		this.status = outcome;
		this.decidedAt = now;
	}

	int approvalsMissing() {
		return Math.max(0, this.requiredApprovals - this.approvalsGiven);
	}

	Long getId() {
		return this.id;
	}

	String getTicketId() {
		return this.ticketId;
	}

	Long getCustomerId() {
		return this.customerId;
	}

	Long getRequesterId() {
		return this.requesterId;
	}

	String getTitle() {
		return this.title;
	}

	BigDecimal getMruDelta() {
		return this.mruDelta;
	}

	BigDecimal getMonthlyMruAfter() {
		return this.monthlyMruAfter;
	}

	int getRequiredApprovals() {
		return this.requiredApprovals;
	}

	int getApprovalsGiven() {
		return this.approvalsGiven;
	}

	String getPolicyRule() {
		return this.policyRule;
	}

	ApprovalStatus getStatus() {
		return this.status;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

}

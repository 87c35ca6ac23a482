package io.connectdesk.approval;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One approver's decision on a request. {@code decidedBy} clicked; {@code countsFor} is the approver
 * whose authority was used: the same person, or the one they substitute for ("Bea for Ana").
 */
@Entity
@Table(name = "approval_decision")
class ApprovalDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long requestId;

	private Long decidedBy;

	private String decidedByName;

	private Long countsFor;

	private String countsForName;

	@Enumerated(EnumType.STRING)
	private Verdict verdict;

	private String comment;

	private Instant decidedAt;

	protected ApprovalDecision() {
	}

	ApprovalDecision(Long requestId, Authority authority, Verdict verdict, String comment, Instant now) {
		this.requestId = requestId;
		this.decidedBy = authority.deciderId();
		this.decidedByName = authority.deciderName();
		this.countsFor = authority.approverId();
		this.countsForName = authority.approverName();
		this.verdict = verdict;
		this.comment = comment == null || comment.isBlank() ? null : comment.strip();
		this.decidedAt = now;
	}

	DecisionView toView() {
		return new DecisionView(this.decidedByName, this.decidedBy.equals(this.countsFor) ? null : this.countsForName,
				this.verdict, this.comment, this.decidedAt);
	}

	Long getDecidedBy() {
		return this.decidedBy;
	}

	Long getCountsFor() {
		return this.countsFor;
	}

}

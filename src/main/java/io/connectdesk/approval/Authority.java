package io.connectdesk.approval;

import io.connectdesk.ticket.LineArgument;
import io.connectdesk.ticket.LineDetail;

/**
 * Whose approval a decision is: the decider's own (both the same person) or that of the approver
 * they substitute for.
 */
record Authority(Long deciderId, String deciderName, Long approverId, String approverName) {

	boolean isSubstitute() {
		return !this.deciderId.equals(this.approverId);
	}

	/** "Ana", or "Bea for Ana". */
	String describe() {
		return isSubstitute() ? this.deciderName + " for " + this.approverName : this.deciderName;
	}

	/** The decision on the timeline: who, for whom, and their comment, in each reader's words. */
	LineDetail decided(String comment) {
		LineArgument decider = LineArgument.text(this.deciderName);
		LineArgument approver = LineArgument.text(this.approverName);
		boolean commented = comment != null && !comment.isBlank();
		LineArgument said = commented ? LineArgument.text(comment.strip()) : null;
		if (isSubstitute()) {
			return commented ? LineDetail.of(ApprovalSentence.DECIDED_FOR_COMMENTING, decider, approver, said)
					: LineDetail.of(ApprovalSentence.DECIDED_FOR, decider, approver);
		}
		return commented ? LineDetail.of(ApprovalSentence.DECIDED_BY_COMMENTING, decider, said)
				: LineDetail.of(ApprovalSentence.DECIDED_BY, decider);
	}

}

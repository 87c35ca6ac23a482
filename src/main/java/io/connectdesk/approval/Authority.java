package io.connectdesk.approval;

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

}

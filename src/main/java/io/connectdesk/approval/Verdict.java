package io.connectdesk.approval;

/** An approver's decision on a cost change. */
public enum Verdict {

	APPROVE, REJECT

}

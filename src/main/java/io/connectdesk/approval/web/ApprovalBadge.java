package io.connectdesk.approval.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.connectdesk.approval.CostApprovals;
import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.web.PageController;

/**
 * The header's badge on the approvals link: how many cost changes wait for the approver. Only callers
 * with the approver role pay for the count (one indexed query per page); everyone else gets none.
 */
@ControllerAdvice(annotations = PageController.class)
class ApprovalBadge {

	static final String ATTRIBUTE = "approvalsWaiting";

	private final CostApprovals approvals;

	ApprovalBadge(CostApprovals approvals) {
		this.approvals = approvals;
	}

	@ModelAttribute(ATTRIBUTE)
	Long approvalsWaiting(Caller caller) {
		if (caller == null || !caller.has(Role.APPROVER)) {
			return null;
		}
		long waiting = this.approvals.waiting(caller);
		return waiting > 0 ? waiting : null;
	}

}

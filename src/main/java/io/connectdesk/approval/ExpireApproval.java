package io.connectdesk.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ExpireApproval}: nobody decided in time; the approval and the ticket end as expired. */
@Component("expireApproval")
class ExpireApproval implements JavaDelegate {

	private final ApprovalSteps steps;

	ExpireApproval(ApprovalSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.expire(CostApproval.TICKET_ID.get(execution));
		CostApproval.OUTCOME.set(execution, ApprovalStatus.EXPIRED);
	}

}

package io.connectdesk.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RemindApprovers}: the approvers who have not decided yet get the request again. */
@Component("remindApprovers")
class RemindApprovers implements JavaDelegate {

	private final ApprovalSteps steps;

	RemindApprovers(ApprovalSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.remind(CostApproval.TICKET_ID.get(execution));
	}

}

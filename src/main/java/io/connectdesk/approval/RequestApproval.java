package io.connectdesk.approval;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RequestApproval}: opens the request with what {@code Decision_ApprovalPolicy} decided
 * and asks the approvers. The policy's result map leaves the process: only typed values stay.
 */
@Component("requestApproval")
class RequestApproval implements JavaDelegate {

	private final ApprovalSteps steps;

	RequestApproval(ApprovalSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Map<String, Object> policy = CostApproval.POLICY.get(execution);
		if (!(policy.get(CostApproval.OUTPUT_REQUIRED_APPROVALS) instanceof Number required)) {
			throw new IllegalStateException("Decision_ApprovalPolicy gave no number of approvals");
		}
		execution.removeVariable(CostApproval.POLICY.name());
		this.steps.open(CostApproval.TICKET_ID.get(execution), required.intValue(),
				String.valueOf(policy.get(CostApproval.OUTPUT_POLICY_RULE)));
	}

}

package io.connectdesk.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ReadCostFacts}: the approval policy's inputs, and the reminder and expiry settings. */
@Component("readCostFacts")
class ReadCostFacts implements JavaDelegate {

	private final ApprovalSteps steps;

	private final ApprovalSettings settings;

	ReadCostFacts(ApprovalSteps steps, ApprovalSettings settings) {
		this.steps = steps;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ApprovalSteps.CostFacts facts = this.steps.factsOf(CostApproval.ticketOf(execution));
		execution.setVariable(CostApproval.VAR_MRU_DELTA, facts.mruDelta());
		execution.setVariable(CostApproval.VAR_PLAN, facts.plan());
		execution.setVariable(CostApproval.VAR_REMINDER_CYCLE, this.settings.reminderCycle());
		execution.setVariable(CostApproval.VAR_APPROVAL_EXPIRY, this.settings.expiry().toString());
	}

}

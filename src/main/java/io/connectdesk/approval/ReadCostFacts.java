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
		ApprovalSteps.CostFacts facts = this.steps.factsOf(CostApproval.TICKET_ID.get(execution));
		CostApproval.MRU_DELTA.set(execution, facts.mruDelta());
		CostApproval.PLAN.set(execution, facts.plan());
		CostApproval.REMINDER_CYCLE.set(execution, this.settings.reminderCycle());
		CostApproval.APPROVAL_EXPIRY.set(execution, this.settings.expiry().toString());
	}

}

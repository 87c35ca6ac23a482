package io.connectdesk.provisioning;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_PlanProvisioning} of the ticket lifecycle: items for the ticket, and whether to call {@code Provisioning}. */
@Component("planProvisioning")
class PlanProvisioning implements JavaDelegate {

	private final ProvisioningPlan plan;

	PlanProvisioning(ProvisioningPlan plan) {
		this.plan = plan;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Optional<Operation> operation = this.plan.plan(execution.getProcessBusinessKey());
		Provisioning.NEEDS_PROVISIONING.set(execution, operation.isPresent());
		Provisioning.PROVISIONING_OPERATION.set(execution, operation.orElse(null));
	}

}

package io.connectdesk.provisioning;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_LoadItems}: the ids of the ticket's items still to do, as the multi-instance collection. The
 * list is transient: it is read once, when the items start, in this transaction, and never stored.
 */
@Component("loadProvisioningItems")
class LoadProvisioningItems implements JavaDelegate {

	private final ProvisioningPlan plan;

	LoadProvisioningItems(ProvisioningPlan plan) {
		this.plan = plan;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Provisioning.CANCELLED.set(execution, false);
		Operation operation = Provisioning.OPERATION.get(execution);
		Provisioning.ITEMS.setTransient(execution,
				new ArrayList<>(this.plan.workable(execution.getProcessBusinessKey(), operation)));
	}

}

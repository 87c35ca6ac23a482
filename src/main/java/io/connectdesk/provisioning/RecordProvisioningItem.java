package io.connectdesk.provisioning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordItem}: the item is done; its outputs go onto the ticket and into the inventory. */
@Component("recordProvisioningItem")
class RecordProvisioningItem implements JavaDelegate {

	private final ItemLedger ledger;

	RecordProvisioningItem(ItemLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object attempt = execution.getVariable(Provisioning.VAR_ATTEMPT);
		this.ledger.done((Long) execution.getVariable(Provisioning.VAR_ITEM_ID),
				(String) execution.getVariable(Provisioning.VAR_OUTPUTS), attempt instanceof Number n ? n.intValue() : 1);
	}

}

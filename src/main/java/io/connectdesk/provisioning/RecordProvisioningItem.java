package io.connectdesk.provisioning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordItem}: the item is done; its outputs go onto the ticket and into the inventory. */
@Component("recordProvisioningItem")
class RecordProvisioningItem implements JavaDelegate {

	private final ItemRecorder recorder;

	RecordProvisioningItem(ItemRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.recorder.done(Provisioning.ITEM_ID.get(execution), Provisioning.OUTPUTS.get(execution),
				Provisioning.ATTEMPT.find(execution).orElse(1));
	}

}

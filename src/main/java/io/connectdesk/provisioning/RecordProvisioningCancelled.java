package io.connectdesk.provisioning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordCancelled}: every done item is undone; the ticket's timeline says so. */
@Component("recordProvisioningCancelled")
class RecordProvisioningCancelled implements JavaDelegate {

	private final ItemRecorder recorder;

	RecordProvisioningCancelled(ItemRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.recorder.cancelled(execution.getProcessBusinessKey());
	}

}

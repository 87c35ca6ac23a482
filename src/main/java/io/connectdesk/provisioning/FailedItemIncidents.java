package io.connectdesk.provisioning;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.connectdesk.workflow.ExternalTaskIncidents;

/**
 * An incident on an item's external task (its retries are spent) marks the item FAILED with the adapter's
 * message, whichever worker (in-process or remote) reported the failure.
 */
@Component
class FailedItemIncidents implements ExternalTaskIncidents {

	private final ObjectProvider<ItemRecorder> recorder;

	FailedItemIncidents(ObjectProvider<ItemRecorder> recorder) {
		this.recorder = recorder;
	}

	@Override
	public void retriesSpent(Incident incident) {
		if (Provisioning.PROCESS_KEY.equals(incident.processKey()) && incident.variable(Provisioning.VAR_ITEM_ID) instanceof Long id) {
			this.recorder.getObject().failed(id, incident.message());
		}
	}

}

package io.connectdesk.provisioning;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import io.connectdesk.workflow.ExternalWorker;
import io.connectdesk.workflow.LockedTask;

/**
 * The items' external tasks as the seam's workers see them, in-process ({@link InProcessWorkers}) or remote
 * ({@link ProvisioningWorkerApplication}): the topics of the adapters there are, the adapter's work, its outputs
 * and attempt as the task's local variables, and the provisioning retry delays.
 */
class ItemWorker implements ExternalWorker {

	private final AdapterCalls adapterCalls;

	private final ItemOutputs outputs;

	private final ProvisioningSettings settings;

	ItemWorker(AdapterCalls adapterCalls, ItemOutputs outputs, ProvisioningSettings settings) {
		this.adapterCalls = adapterCalls;
		this.outputs = outputs;
		this.settings = settings;
	}

	@Override
	public Collection<String> topics() {
		return this.adapterCalls.topics();
	}

	@Override
	public Collection<String> variables() {
		return ItemTask.VARIABLES;
	}

	@Override
	public Duration lockDuration() {
		return this.settings.lockDuration();
	}

	@Override
	public Map<String, Object> perform(LockedTask task) {
		Map<String, String> result = this.adapterCalls.perform(ItemTask.of(task.topic(), task.activityId(), task::variable));
		return Map.of(Provisioning.VAR_OUTPUTS, this.outputs.write(result), Provisioning.VAR_ATTEMPT,
				this.settings.attempt(task.retries()));
	}

	@Override
	public Retry afterFailure(Integer retriesLeft) {
		ProvisioningSettings.Retry retry = this.settings.afterFailure(retriesLeft);
		return new Retry(retry.retries(), retry.delay());
	}

}

package io.connectdesk.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.exception.EngineException;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.client.topic.TopicSubscription;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * The worker application's subscriptions: one per topic it has an adapter for, each running the same
 * {@link ItemWork} as {@link InProcessWorkers}, with the same retry policy. Only in
 * {@link ProvisioningWorkerApplication}, which imports it.
 */
class RemoteWorkers implements InitializingBean, DisposableBean {

	private static final int COMPLETE_ATTEMPTS = 5;

	private final ExternalTaskClient client;

	private final ItemWork work;

	private final ItemOutputs outputs;

	private final ProvisioningSettings settings;

	private final List<TopicSubscription> subscriptions = new ArrayList<>();

	RemoteWorkers(ExternalTaskClient client, ItemWork work, ItemOutputs outputs, ProvisioningSettings settings) {
		this.client = client;
		this.work = work;
		this.outputs = outputs;
		this.settings = settings;
	}

	@Override
	public void afterPropertiesSet() {
		for (String topic : this.work.topics()) {
			this.subscriptions.add(this.client.subscribe(topic)
				.lockDuration(this.settings.lockDuration().toMillis())
				.variables(ItemTask.VARIABLES.toArray(String[]::new))
				.handler(this::handle)
				.open());
		}
		// The Spring client factory builds the client without auto-fetching: it starts it for annotated
		// subscriptions only, and these are opened by hand.
		if (!this.client.isActive()) {
			this.client.start();
		}
	}

	@Override
	public void destroy() {
		this.subscriptions.forEach(TopicSubscription::close);
		this.client.stop();
	}

	private void handle(ExternalTask task, ExternalTaskService service) {
		Map<String, String> result;
		try {
			result = this.work.perform(ItemTask.of(task.getTopicName(), task.getActivityId(), task::getVariable));
		}
		catch (RuntimeException failure) {
			ProvisioningSettings.Retry retry = this.settings.afterFailure(task.getRetries());
			service.handleFailure(task, InProcessWorkers.message(failure), InProcessWorkers.details(failure),
					retry.retries(), retry.delay().toMillis());
			return;
		}
		complete(task, service, Map.of(Provisioning.VAR_OUTPUTS, this.outputs.write(result), Provisioning.VAR_ATTEMPT,
				this.settings.attempt(task.getRetries())));
	}

	/**
	 * A completion that clashed in the engine (an optimistic-locking conflict with another item's transaction)
	 * is tried again at once, as in {@link InProcessWorkers}: left alone, the item would wait for its lock to expire.
	 */
	private static void complete(ExternalTask task, ExternalTaskService service, Map<String, Object> local) {
		for (int attempt = 1;; attempt++) {
			try {
				service.complete(task, Map.of(), local);
				return;
			}
			catch (EngineException clash) {
				if (attempt == COMPLETE_ATTEMPTS) {
					throw clash;
				}
			}
		}
	}

}

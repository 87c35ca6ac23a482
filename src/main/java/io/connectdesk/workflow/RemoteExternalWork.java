package io.connectdesk.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.exception.EngineException;
import org.camunda.bpm.client.exception.NotFoundException;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.client.spring.boot.starter.impl.ClientAutoConfiguration;
import org.camunda.bpm.client.topic.TopicSubscription;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Import;

import io.connectdesk.common.ConcurrentUpdateException;

/**
 * A remote worker application's subscriptions, over Camunda's external-task client and {@code /engine-rest}: one
 * per topic of each {@link ExternalWorker} bean, each task worked under the same {@link WorkerPolicy} as
 * {@link ExternalWorkLoop}'s. The client fetches (long polling, {@code camunda.bpm.client.*}); a stop closes the
 * subscriptions and stops the client. A worker application {@code @Import}s this class, which imports the client's
 * auto-configuration (the application itself excludes it); it is no {@code @Configuration}: the application's
 * component scan must not pick it up.
 */
@Import(ClientAutoConfiguration.class)
public class RemoteExternalWork implements InitializingBean, DisposableBean {

	private final ExternalTaskClient client;

	private final List<ExternalWorker> workers;

	private final List<TopicSubscription> subscriptions = new ArrayList<>();

	RemoteExternalWork(ExternalTaskClient client, List<ExternalWorker> workers) {
		this.client = client;
		this.workers = workers;
	}

	@Override
	public void afterPropertiesSet() {
		for (ExternalWorker worker : this.workers) {
			WorkerPolicy policy = new WorkerPolicy(worker);
			for (String topic : worker.topics()) {
				this.subscriptions.add(this.client.subscribe(topic)
					.lockDuration(worker.lockDuration().toMillis())
					.variables(worker.variables().toArray(String[]::new))
					.handler((task, service) -> policy.work(locked(task), engineFor(task, service)))
					.open());
			}
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

	private static LockedTask locked(ExternalTask task) {
		return new LockedTask(task.getId(), task.getTopicName(), task.getActivityId(), task.getProcessInstanceId(),
				task.getBusinessKey(), task.getRetries(), task::getVariable);
	}

	/** The engine's answers over REST become the policy's: any engine refusal of a completion is a clash. */
	private static WorkerPolicy.Engine engineFor(ExternalTask task, ExternalTaskService service) {
		return new WorkerPolicy.Engine() {

			@Override
			public void complete(Map<String, Object> local) {
				try {
					service.complete(task, Map.of(), local);
				}
				catch (EngineException clash) {
					throw new ConcurrentUpdateException(clash);
				}
				catch (NotFoundException gone) {
					throw new WorkerPolicy.TaskGone(gone);
				}
			}

			@Override
			public void fail(String message, String details, ExternalWorker.Retry retry) {
				service.handleFailure(task, message, details, retry.retries(), retry.delay().toMillis());
			}

		};
	}

}

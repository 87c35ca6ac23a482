package io.connectdesk.provisioning;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.connectdesk.workflow.ExternalWork;
import io.connectdesk.workflow.ExternalWorkLoop;

/**
 * Works the items' external tasks inside the application, with the seam's worker threads ({@link ExternalWorkLoop}:
 * one fetcher, backoff, graceful stop that hands fetched items back) and its one worker policy; woken as soon as a
 * new item is there ({@link ItemWaiting}, after its transaction commits). They start once the application is ready, not
 * with the context, so that their polling does not compete with the start (docs/startup.md); stopped with the context. Off
 * ({@code connectdesk.provisioning.workers.enabled=false}) when remote workers ({@code worker} profile) do it.
 */
@Component
@ConditionalOnProperty(name = "connectdesk.provisioning.workers.enabled", havingValue = "true", matchIfMissing = true)
class InProcessWorkers implements SmartLifecycle {

	private final ExternalWorkLoop loop;

	InProcessWorkers(ExternalWork engine, AdapterCalls adapterCalls, ItemOutputs outputs, ProvisioningSettings settings) {
		ProvisioningSettings.Workers workers = settings.workers();
		this.loop = engine.loop(new ItemWorker(adapterCalls, outputs, settings), new ExternalWorkLoop.Settings("Provisioning",
				workers.threads(), workers.maxTasks(), workers.idleBackoff(), workers.maxIdleBackoff()));
	}

	/** Not with the context's start: when the application is ready. */
	@Override
	public boolean isAutoStartup() {
		return false;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (!isRunning()) {
			start();
		}
	}

	@Override
	public void start() {
		this.loop.start();
	}

	/** Graceful, bounded: see {@link ExternalWorkLoop#stop()}. */
	@Override
	public void stop() {
		this.loop.stop();
	}

	@Override
	public boolean isRunning() {
		return this.loop.isRunning();
	}

	/** An item's task is there to work since the transaction that made it committed. */
	@TransactionalEventListener(fallbackExecution = true)
	void itemWaiting(ItemWaiting event) {
		this.loop.wakeUp();
	}

	/** One round in the caller's thread: fetches and locks a batch of items and works it; how many there were. */
	int workOnce() {
		return this.loop.workOnce();
	}

}

package io.connectdesk.provisioning;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * What every worker does with an item's external task, in-process or remote: calls the adapter of the
 * topic's kind. Adapters are idempotent on the request's key, so a task worked twice (a worker died after
 * the adapter call, its lock expired) creates nothing twice.
 */
@Component
class ItemWork {

	private final Map<String, ProvisioningAdapter> adapters;

	ItemWork(List<ProvisioningAdapter> adapters) {
		this.adapters = adapters.stream()
			.collect(Collectors.toMap(adapter -> Provisioning.topicOf(adapter.kind()), Function.identity()));
	}

	/** The topics this application has adapters for. */
	Set<String> topics() {
		return this.adapters.keySet();
	}

	/** @return the adapter's outputs; empty for a removal */
	Map<String, String> perform(ItemTask task) {
		ProvisioningAdapter adapter = this.adapters.get(task.topic());
		if (adapter == null) {
			throw new IllegalStateException("No adapter for topic " + task.topic());
		}
		ProvisioningRequest request = task.request();
		Operation action = task.undo() ? undoOf(task.operation()) : task.operation();
		return switch (action) {
			case PROVISION -> adapter.provision(request).outputs();
			case CHANGE -> adapter.change(request).outputs();
			case DEPROVISION -> {
				adapter.deprovision(request);
				yield Map.of();
			}
		};
	}

	/** Undoing a provision deprovisions and the reverse; a change is re-applied as the ticket now states it. */
	private static Operation undoOf(Operation operation) {
		return switch (operation) {
			case PROVISION -> Operation.DEPROVISION;
			case DEPROVISION -> Operation.PROVISION;
			case CHANGE -> Operation.CHANGE;
		};
	}

}

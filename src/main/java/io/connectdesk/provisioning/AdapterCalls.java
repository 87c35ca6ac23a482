package io.connectdesk.provisioning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What every worker does with an item's external task, in-process or remote: calls the adapter of the
 * topic's kind. Adapters are idempotent on the request's key, so a task worked twice (a worker died after
 * the adapter call, its lock expired) creates nothing twice.
 * <p>
 * When several adapters claim the same kind, the first in Spring order wins: the list is injected sorted
 * by {@link org.springframework.core.annotation.Order @Order} / {@link org.springframework.core.Ordered}
 * (unordered beans last), so an adapter that should replace the real one of its kind (a test's
 * fault-injection adapter, say) declares {@code @Order(Ordered.HIGHEST_PRECEDENCE)}.
 */
@Component
class AdapterCalls {

	private final Map<String, ProvisioningAdapter> adapters;

	/** @param adapters in Spring order (the list Spring injects is sorted); the first of each kind wins */
	AdapterCalls(List<ProvisioningAdapter> adapters) {
		Map<String, ProvisioningAdapter> byTopic = new LinkedHashMap<>();
		for (ProvisioningAdapter adapter : adapters) {
			byTopic.putIfAbsent(Provisioning.topicOf(adapter.kind()), adapter);
		}
		this.adapters = Map.copyOf(byTopic);
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

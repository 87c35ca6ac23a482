package io.connectdesk.queue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.catalog.Catalog;
import io.connectdesk.catalog.CatalogChanged;
import io.connectdesk.catalog.ComponentCategory;
import io.connectdesk.catalog.ComponentView;

/**
 * The component keys of each catalog category, for the queue's category filter. Read from the
 * catalog (which prices every component as it lists it), read again after a catalog change on this
 * node, and at the latest after {@code connectdesk.cluster.cache-ttl}: another node's change is not
 * announced here (docs/cluster-state.md).
 */
@Component
class CategoryKeys {

	private final Catalog catalog;

	private final long ttlNanos;

	private volatile Known keys;

	CategoryKeys(Catalog catalog, @Value("${connectdesk.cluster.cache-ttl:PT30S}") Duration ttl) {
		this.catalog = catalog;
		this.ttlNanos = ttl.toNanos();
	}

	List<String> of(ComponentCategory category) {
		Known known = this.keys;
		if (known == null || System.nanoTime() - known.readAt() > this.ttlNanos) {
			known = new Known(this.catalog.components()
				.stream()
				.collect(Collectors.groupingBy(ComponentView::category,
						Collectors.mapping(ComponentView::key, Collectors.toUnmodifiableList()))), System.nanoTime());
			this.keys = known;
		}
		return known.byCategory().getOrDefault(category, List.of());
	}

	@EventListener
	void on(CatalogChanged change) {
		this.keys = null;
	}

	private record Known(Map<ComponentCategory, List<String>> byCategory, long readAt) {
	}

}

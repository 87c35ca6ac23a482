package io.connectdesk.ticket;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.catalog.Catalog;
import io.connectdesk.catalog.CatalogChanged;
import io.connectdesk.catalog.ComponentCategory;
import io.connectdesk.catalog.ComponentView;

/**
 * The component keys of each catalog category, for the queue's category filter. Read once from the
 * catalog (which prices every component as it lists it) and read again after any catalog change.
 */
@Component
class CategoryKeys {

	private final Catalog catalog;

	private volatile Map<ComponentCategory, List<String>> keys;

	CategoryKeys(Catalog catalog) {
		this.catalog = catalog;
	}

	List<String> of(ComponentCategory category) {
		Map<ComponentCategory, List<String>> known = this.keys;
		if (known == null) {
			known = this.catalog.components()
				.stream()
				.collect(Collectors.groupingBy(ComponentView::category,
						Collectors.mapping(ComponentView::key, Collectors.toUnmodifiableList())));
			this.keys = known;
		}
		return known.getOrDefault(category, List.of());
	}

	@EventListener
	void on(CatalogChanged change) {
		this.keys = null;
	}

}

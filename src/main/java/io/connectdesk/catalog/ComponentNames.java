package io.connectdesk.catalog;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Components' names by key, for texts that name a component (timeline lines, pages): kept in memory, since
 * {@link Catalog#component} prices the component in every kind of environment and parses its parameters (four
 * statements) for a name that changes only when an admin renames it. Read again after a catalog change on this
 * node commits, and at the latest after {@code connectdesk.cluster.cache-ttl}: another node's change is not
 * announced here (docs/cluster-state.md).
 */
@Component
public class ComponentNames {

	private final CatalogComponentRepository components;

	private final long ttlNanos;

	private volatile Known known;

	ComponentNames(CatalogComponentRepository components, @Value("${connectdesk.cluster.cache-ttl:PT30S}") Duration ttl) {
		this.components = components;
		this.ttlNanos = ttl.toNanos();
	}

	/** The component's catalog name in that language; empty for a key the catalog does not have. */
	public Optional<String> of(String key, Locale locale) {
		if (key == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(names().get(key)).map(name -> name.in(locale));
	}

	private Map<String, LocalizedText> names() {
		Known current = this.known;
		if (current == null || System.nanoTime() - current.readAt() > this.ttlNanos) {
			long readAt = System.nanoTime();
			current = new Known(this.components.findAll()
				.stream()
				.collect(Collectors.toUnmodifiableMap(CatalogComponent::getKey, CatalogComponent::name)), readAt);
			this.known = current;
		}
		return current.byKey();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CatalogChanged change) {
		this.known = null;
	}

	/** @param readAt {@link System#nanoTime()} when the names were read */
	private record Known(Map<String, LocalizedText> byKey, long readAt) {
	}

}

package io.connectdesk.ticket;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/**
 * What a ticket asks for: the catalog components, each in one environment ({@link TicketItem}), and
 * the components and environments it names, which the items extend. Fulfilment reads it as a
 * {@link FulfilmentScope}.
 */
@Embeddable
class TicketScope {

	@ElementCollection
	@CollectionTable(name = "ticket_component", joinColumns = @JoinColumn(name = "ticket_id"))
	@Column(name = "component_key")
	private Set<String> components = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "ticket_environment", joinColumns = @JoinColumn(name = "ticket_id"))
	@Column(name = "environment_key")
	private Set<String> environments = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "ticket_item", joinColumns = @JoinColumn(name = "ticket_id"))
	@OrderColumn(name = "line_no")
	private List<TicketItem> items = new ArrayList<>();

	protected TicketScope() {
	}

	TicketScope(Collection<String> components, Collection<String> environments) {
		this.components.addAll(components);
		this.environments.addAll(environments);
	}

	/** The catalog components asked for, each in one environment; the component and environment lists follow. */
	void request(List<TicketItem> requested) {
		this.items.addAll(requested);
		requested.forEach(item -> {
			this.components.add(item.getComponentKey());
			this.environments.add(item.getEnvironmentKey());
		});
	}

	/** In alphabetical order. */
	List<String> getComponents() {
		return new ArrayList<>(new TreeSet<>(this.components));
	}

	/** In alphabetical order. */
	List<String> getEnvironments() {
		return new ArrayList<>(new TreeSet<>(this.environments));
	}

	List<TicketItem> getItems() {
		return List.copyOf(this.items);
	}

}

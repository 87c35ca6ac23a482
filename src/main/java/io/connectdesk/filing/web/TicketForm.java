package io.connectdesk.filing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.connectdesk.catalog.ComponentView;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.RequestedItem;
import io.connectdesk.ticket.TicketType;

/**
 * The new-ticket form as the browser sends it: lists are typed as text, one entry per line or
 * comma. Catalog components are keyed by component ({@code items[database].parameters[engine]}); the
 * chosen ones become the request's items, in catalog order. Each rendering carries its own idempotency key, so a double submit files one ticket.
 */
class TicketForm {

	private TicketType type;

	private String title;

	private String description;

	private String components;

	private String environments;

	private String cc;

	private boolean urgent;

	private String idempotencyKey = UUID.randomUUID().toString();

	private Map<String, ItemForm> items = new LinkedHashMap<>();

	/** The API's command; {@link FileTicket}'s annotations and the catalog decide what is valid. */
	FileTicket toCommand(List<ComponentView> catalog) {
		List<RequestedItem> chosen = new ArrayList<>();
		for (ComponentView component : chosenIn(catalog)) {
			ItemForm item = this.items.get(component.key());
			chosen.add(new RequestedItem(component.key(), List.copyOf(item.getEnvironments()),
					ParameterTexts.values(component.parameters(), item.getParameters())));
		}
		return new FileTicket(this.type, this.title, this.description, entries(this.components),
				entries(this.environments), chosen.isEmpty() ? null : chosen, null, entries(this.cc), this.urgent);
	}

	/** The chosen components, in catalog order: the request's items[0], items[1]... */
	List<ComponentView> chosenIn(List<ComponentView> catalog) {
		return catalog.stream().filter(component -> chosen(component.key())).toList();
	}

	public boolean chosen(String component) {
		ItemForm item = this.items.get(component);
		return item != null && item.isSelected();
	}

	public boolean chosenIn(String component, String environment) {
		ItemForm item = this.items.get(component);
		return item != null && item.getEnvironments().contains(environment);
	}

	public String parameter(String component, String name) {
		ItemForm item = this.items.get(component);
		return item == null ? null : item.getParameters().get(name);
	}

	public Map<String, ItemForm> getItems() {
		return this.items;
	}

	public void setItems(Map<String, ItemForm> items) {
		this.items = items;
	}

	static List<String> entries(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,\\r\\n]+")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
	}

	public TicketType getType() {
		return this.type;
	}

	public void setType(TicketType type) {
		this.type = type;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getComponents() {
		return this.components;
	}

	public void setComponents(String components) {
		this.components = components;
	}

	public String getEnvironments() {
		return this.environments;
	}

	public void setEnvironments(String environments) {
		this.environments = environments;
	}

	public String getCc() {
		return this.cc;
	}

	public void setCc(String cc) {
		this.cc = cc;
	}

	public boolean isUrgent() {
		return this.urgent;
	}

	public void setUrgent(boolean urgent) {
		this.urgent = urgent;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}

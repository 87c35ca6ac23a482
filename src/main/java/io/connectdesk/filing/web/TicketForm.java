package io.connectdesk.filing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

	/** The types whose form shows the catalog's components. */
	static final Set<TicketType> ITEM_TYPES = EnumSet.of(TicketType.COMPONENT_ACTIVATION,
			TicketType.COMPONENT_DEACTIVATION, TicketType.ADDITIONAL_ENVIRONMENT, TicketType.INFRASTRUCTURE_CHANGE,
			TicketType.SECURITY_CHANGE);

	/** The types that name their components with catalog items only, never as free keys. */
	private static final Set<TicketType> ITEMS_ONLY = EnumSet.of(TicketType.COMPONENT_ACTIVATION,
			TicketType.COMPONENT_DEACTIVATION, TicketType.ADDITIONAL_ENVIRONMENT);

	/** Whether the chosen type takes catalog components: the form shows them only then. */
	public boolean takesItems() {
		return this.type != null && ITEM_TYPES.contains(this.type);
	}

	/** Whether the chosen type may name other components and environments as free keys. */
	public boolean takesFreeKeys() {
		return this.type != null && !ITEMS_ONLY.contains(this.type);
	}

	static String typesTakingItems() {
		return names(ITEM_TYPES);
	}

	static String typesTakingFreeKeys() {
		return names(EnumSet.complementOf(EnumSet.copyOf(ITEMS_ONLY)));
	}

	private static String names(Set<TicketType> types) {
		return String.join(" ", types.stream().map(TicketType::name).toList());
	}

	/**
	 * The API's command; {@link FileTicket}'s annotations and the catalog decide what is valid. Fields the chosen
	 * type does not show are left out, so what a person picked before changing the type is not sent.
	 */
	FileTicket toCommand(List<ComponentView> catalog) {
		List<RequestedItem> chosen = new ArrayList<>();
		for (ComponentView component : takesItems() ? chosenIn(catalog) : List.<ComponentView>of()) {
			ItemForm item = this.items.get(component.key());
			chosen.add(new RequestedItem(component.key(), List.copyOf(item.getEnvironments()),
					ParameterTexts.values(component.parameters(), item.getParameters())));
		}
		boolean free = this.type == null || takesFreeKeys();
		return new FileTicket(this.type, this.title, this.description, free ? entries(this.components) : List.of(),
				free ? entries(this.environments) : List.of(), chosen.isEmpty() ? null : chosen, null, entries(this.cc), this.urgent);
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

package io.connectdesk.ticket;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.connectdesk.catalog.SizingInput;

/**
 * A request to file a ticket. Activation, deactivation and additional-environment tickets name
 * catalog components in {@code items}, each with the customer's environments and its parameters;
 * a service activation gives its {@code sizing} instead, and its items are the sizing's bill. Infrastructure
 * and security changes may name, in {@code items}, components the customer has with their new parameters. Other
 * types may name components and environments as free keys in {@code components} and
 * {@code environments}, in the shape catalog keys have ({@code container-service}, {@code production}).
 */
public record FileTicket(@NotNull TicketType type, @NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 10000) String description,
		@Size(max = 50) List<@NotBlank @Pattern(regexp = KEY) String> components,
		@Size(max = 20) List<@NotBlank @Pattern(regexp = KEY) String> environments,
		@Size(max = 50) List<@NotNull @Valid RequestedItem> items, @Valid SizingInput sizing,
		@Size(max = 50) List<@NotBlank @Email @Size(max = 320) String> cc, boolean urgent) {

	/** Lower-case letters, digits and dashes. */
	public static final String KEY = "[a-z0-9][a-z0-9-]{0,99}";

	/** A request without catalog items or sizing, as clients sent before the catalog. */
	public FileTicket(TicketType type, String title, String description, List<String> components,
			List<String> environments, List<String> cc, boolean urgent) {
		this(type, title, description, components, environments, null, null, cc, urgent);
	}

	public List<String> componentsOrEmpty() {
		return this.components == null ? List.of() : this.components;
	}

	public List<String> environmentsOrEmpty() {
		return this.environments == null ? List.of() : this.environments;
	}

	public List<RequestedItem> itemsOrEmpty() {
		return this.items == null ? List.of() : this.items;
	}

	public List<String> ccOrEmpty() {
		return this.cc == null ? List.of() : this.cc.stream().map(String::strip).map(String::toLowerCase).toList();
	}

}

package io.connectdesk.ticket;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One catalog component a ticket asks for, in the environments named, with its request parameters
 * (JSON values: strings, numbers, booleans, lists of strings), which the catalog validates.
 */
public record RequestedItem(@NotBlank @Pattern(regexp = FileTicket.KEY) String component,
		@Size(max = 20) List<@NotBlank @Pattern(regexp = FileTicket.KEY) String> environments,
		@Size(max = 30) Map<String, Object> parameters) {

	public List<String> environmentsOrEmpty() {
		return this.environments == null ? List.of() : this.environments;
	}

	public Map<String, Object> parametersOrEmpty() {
		return this.parameters == null ? Map.of() : this.parameters;
	}

}

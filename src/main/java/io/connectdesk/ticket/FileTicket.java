package io.connectdesk.ticket;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request to file a ticket. Component and environment keys are free text for now, in the shape
 * catalog keys will have ({@code container-service}, {@code production}).
 */
public record FileTicket(@NotNull TicketType type, @NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 10000) String description,
		@Size(max = 50) List<@NotBlank @Pattern(regexp = KEY) String> components,
		@Size(max = 20) List<@NotBlank @Pattern(regexp = KEY) String> environments,
		@Size(max = 50) List<@NotBlank @Email @Size(max = 320) String> cc, boolean urgent) {

	/** Lower-case letters, digits and dashes. */
	public static final String KEY = "[a-z0-9][a-z0-9-]{0,99}";

	List<String> componentsOrEmpty() {
		return this.components == null ? List.of() : this.components;
	}

	List<String> environmentsOrEmpty() {
		return this.environments == null ? List.of() : this.environments;
	}

	List<String> ccOrEmpty() {
		return this.cc == null ? List.of() : this.cc.stream().map(String::strip).map(String::toLowerCase).toList();
	}

}

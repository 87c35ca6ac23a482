package io.connectdesk.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an admin may change of a component besides its prices: names, descriptions, and whether it is offered. */
public record ComponentDescription(@NotBlank @Size(max = 200) String nameEn, @NotBlank @Size(max = 200) String nameEs,
		@NotBlank @Size(max = 2000) String descriptionEn, @NotBlank @Size(max = 2000) String descriptionEs,
		boolean active) {
}

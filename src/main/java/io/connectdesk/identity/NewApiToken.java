package io.connectdesk.identity;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new personal access token.
 * @param expiresInDays how long it works: one day to a year
 */
public record NewApiToken(@NotBlank @Size(max = 100) String name, @NotEmpty Set<@NotNull TokenScope> scopes,
		@NotNull @Min(1) @Max(365) Integer expiresInDays) {
}

package io.connectdesk.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An environment an admin adds to a customer: {@code perf-test}, "Performance tests", ADDITIONAL. */
public record NewEnvironment(
		@NotBlank @Pattern(regexp = ContractRules.ENVIRONMENT_KEY, message = "must be lower-case letters, digits and dashes, starting with a letter") String key,
		@NotBlank @Size(max = 100) String displayName, @NotNull EnvironmentKind kind) {
}

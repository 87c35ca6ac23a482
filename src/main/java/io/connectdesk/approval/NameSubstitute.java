package io.connectdesk.approval;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An approver names someone of their organization to decide for them from one day to another (both
 * included).
 */
public record NameSubstitute(@NotBlank @Email @Size(max = 320) String substitute, @NotNull LocalDate from,
		@NotNull LocalDate until) {
}

package io.connectdesk.oncall;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Someone takes an engineer's place for some days (a holiday): on every shift that overlaps the days
 * {@code from} to {@code to} (both included, operations time zone), in the same role.
 */
public record Replacement(@NotBlank @Email String engineer, @NotBlank @Email String replacement, @NotNull LocalDate from,
		@NotNull LocalDate to) {
}

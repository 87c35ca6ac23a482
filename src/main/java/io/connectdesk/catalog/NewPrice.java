package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import io.connectdesk.customer.EnvironmentKind;

/** A component's new MRU per month in one kind of environment, from a date on (0 for no cost). */
public record NewPrice(@NotNull EnvironmentKind environmentKind,
		@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal monthlyMru,
		@NotNull LocalDate effectiveFrom) {
}

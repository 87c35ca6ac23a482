package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** A new USD value of one MRU, from a date on. */
public record NewRate(@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 4) BigDecimal usdPerMru,
		@NotNull LocalDate effectiveFrom) {
}

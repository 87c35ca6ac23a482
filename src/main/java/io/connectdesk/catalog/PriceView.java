package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.connectdesk.customer.EnvironmentKind;

/** One entry of a component's price history: its MRU per month in one kind of environment from a date. */
public record PriceView(String componentKey, EnvironmentKind environmentKind, BigDecimal monthlyMru,
		LocalDate effectiveFrom, Instant recordedAt) {
}

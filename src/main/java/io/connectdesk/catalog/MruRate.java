package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The USD value of one MRU, in force from {@code effectiveFrom} until the next rate. */
public record MruRate(BigDecimal usdPerMru, LocalDate effectiveFrom) {
}

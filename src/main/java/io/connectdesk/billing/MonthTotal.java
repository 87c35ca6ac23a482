package io.connectdesk.billing;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A month's statement totals, for the chart of the last months; rounded HALF_UP to 2 decimals. */
public record MonthTotal(YearMonth month, BigDecimal mru, BigDecimal usd) {
}

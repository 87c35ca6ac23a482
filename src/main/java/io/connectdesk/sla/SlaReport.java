package io.connectdesk.sla;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * A customer's service levels over a calendar month (in the customer's time zone): the tickets filed
 * in it, the share that met each target, and every breach.
 */
public record SlaReport(Long customerId, String customer, YearMonth month, ZoneId zone, int tickets,
		TargetShare firstResponse, TargetShare resolution, List<BreachLine> breaches) {
}

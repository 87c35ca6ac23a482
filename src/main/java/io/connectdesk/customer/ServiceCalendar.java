package io.connectdesk.customer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What service-level targets need of a contract: its plan, the customer's time zone and its holidays. */
public record ServiceCalendar(ServicePlan plan, ZoneId zone, List<LocalDate> holidays) {
}

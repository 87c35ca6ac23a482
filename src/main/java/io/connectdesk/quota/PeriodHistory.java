package io.connectdesk.quota;

import java.time.Instant;
import java.util.List;

/** One period of a customer's quota and what happened in it, oldest first. */
public record PeriodHistory(Instant start, Instant end, int slots, int used, boolean current, List<QuotaEvent> events) {
}

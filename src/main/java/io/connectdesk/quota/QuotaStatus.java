package io.connectdesk.quota;

import java.time.Instant;

/**
 * A customer's urgent quota in the current period.
 *
 * @param period the contract's ISO-8601 period, such as {@code P1M}
 * @param timeZone where the periods start at midnight
 */
public record QuotaStatus(Long customerId, int slots, int used, int left, String period, String timeZone,
		Instant periodStart, Instant periodEnd) {
}

package io.connectdesk.customer;

import java.time.Period;
import java.time.ZoneId;

/**
 * How many tickets a customer may file as urgent: {@code slots} per {@code period}, periods starting
 * at midnight in the customer's {@code zone}. Unused slots do not carry over.
 */
public record UrgentQuota(int slots, Period period, ZoneId zone) {

	/** A calendar month, the usual period of a contract. */
	public static final Period DEFAULT_PERIOD = Period.ofMonths(1);

	public UrgentQuota {
		if (slots < 0) {
			throw new IllegalArgumentException("Urgent slots cannot be negative: " + slots);
		}
		if (period == null || period.isZero() || period.isNegative()) {
			throw new IllegalArgumentException("The quota period must be positive: " + period);
		}
		if (zone == null) {
			throw new IllegalArgumentException("The quota needs the customer's time zone");
		}
	}

}

package io.connectdesk.filing;

import java.time.Instant;

/**
 * Why an urgent ticket was filed as normal.
 *
 * @param code stable, for clients to switch on: {@code urgent-quota-spent}
 * @param periodEnds when the period ends, and with it the refusal: the next period has fresh slots
 */
public record UrgentRefusal(String code, String message, Instant periodEnds) {

	public static final String QUOTA_SPENT = "urgent-quota-spent";

}

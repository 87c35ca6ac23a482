package io.connectdesk.filing;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.connectdesk.ticket.LineDetail;

/**
 * Why an urgent ticket was filed as normal.
 *
 * @param code stable, for clients to switch on: {@code urgent-quota-spent}
 * @param periodEnds when the period ends, and with it the refusal: the next period has fresh slots
 * @param timelineDetail the same for the ticket's timeline, in the reader's language (not in the API answer)
 */
public record UrgentRefusal(String code, String message, Instant periodEnds, @JsonIgnore LineDetail timelineDetail) {

	public static final String QUOTA_SPENT = "urgent-quota-spent";

}

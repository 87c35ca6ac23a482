package io.connectdesk.oncall;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An escalation waiting in the experts' queue.
 * @param reason why the ticket entered the ladder ({@code urgent}, {@code by hand}, ...)
 * @param note the engineer's note when escalated by hand; else {@code null}
 */
public record EscalationView(String taskId, String ticketId, Instant since, String reason, String note) {

	@JsonProperty
	public String ticketUrl() {
		return "/tickets/" + this.ticketId;
	}

}

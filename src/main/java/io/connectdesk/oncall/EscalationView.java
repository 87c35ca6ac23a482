package io.connectdesk.oncall;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An escalation waiting in the experts' queue. */
public record EscalationView(String taskId, String ticketId, Instant since) {

	@JsonProperty
	public String ticketUrl() {
		return "/tickets/" + this.ticketId;
	}

}

package io.connectdesk.oncall;

import java.time.Instant;

/** An escalation waiting in the experts' queue. */
public record EscalationView(String taskId, String ticketId, Instant since) {

	public String ticketUrl() {
		return "/tickets/" + this.ticketId;
	}

}

package io.connectdesk.ticket;

import java.util.List;

import io.connectdesk.workflow.ProcessTrail;

/**
 * A ticket's process as its diagram shows it: the lifecycle's trail, then those of its cost approval and
 * provisioning while they run.
 *
 * @param processInstanceId the lifecycle's instance, for staff's link to Cockpit; {@code null} without one
 */
public record TicketDiagram(String ticketId, String processInstanceId, List<ProcessTrail> trails) {

	public TicketDiagram {
		trails = List.copyOf(trails);
	}

}

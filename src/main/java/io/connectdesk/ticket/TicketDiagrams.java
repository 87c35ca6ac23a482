package io.connectdesk.ticket;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.workflow.ProcessTrails;

/** The process diagram of a ticket, for everyone who may see the ticket (unknown and foreign ones are not found). */
@Service
@Transactional(readOnly = true)
public class TicketDiagrams {

	private final TicketAccess access;

	private final ProcessTrails trails;

	TicketDiagrams(TicketAccess access, ProcessTrails trails) {
		this.access = access;
		this.trails = trails;
	}

	public TicketDiagram of(String key, Caller caller) {
		Ticket ticket = this.access.require(key, caller);
		String instance = ticket.getProcessInstanceId();
		return new TicketDiagram(ticket.key(), instance, instance == null ? List.of() : this.trails.trailsOf(instance));
	}

}

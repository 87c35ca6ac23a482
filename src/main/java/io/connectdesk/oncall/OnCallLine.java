package io.connectdesk.oncall;

import io.connectdesk.ticket.LineKind;

/**
 * The lines on call writes on a ticket's timeline (messages {@code timeline.<name>} in oncall's bundle),
 * all staff only: customers do not learn whom the service called about their ticket.
 */
enum OnCallLine implements LineKind {

	/** The on-call engineer was called about the ticket. */
	ONCALL_NOTIFIED,
	/** The ticket went to the experts, by the escalation ladder or by hand. */
	ESCALATED,
	/** An expert took the escalation. */
	ESCALATION_TAKEN;

	@Override
	public boolean isInternal() {
		return true;
	}

}

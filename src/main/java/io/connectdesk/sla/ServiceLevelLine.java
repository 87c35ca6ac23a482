package io.connectdesk.sla;

import io.connectdesk.ticket.LineKind;

/** The lines service levels write on a ticket's timeline (messages {@code timeline.<name>} in sla's bundle). */
enum ServiceLevelLine implements LineKind {

	/** A service-level target is near its due time; staff only. */
	SERVICE_LEVEL_WARNING,
	/** A service-level target's due time passed before it was met. */
	SERVICE_LEVEL_BREACHED;

	@Override
	public boolean isInternal() {
		return this == SERVICE_LEVEL_WARNING;
	}

}

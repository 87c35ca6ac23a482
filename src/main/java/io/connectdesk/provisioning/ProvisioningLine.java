package io.connectdesk.provisioning;

import io.connectdesk.ticket.LineKind;

/**
 * The lines provisioning writes on a ticket's timeline (messages {@code timeline.<name>} in
 * provisioning's bundle).
 */
enum ProvisioningLine implements LineKind {

	PROVISIONED, DEPROVISIONED, PROVISIONING_FAILED, PROVISIONING_RETRIED,
	/** The ticket's provisioning was cancelled: its done items were undone and the rest stopped. */
	PROVISIONING_CANCELLED

}

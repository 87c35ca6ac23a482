package io.connectdesk.provisioning;

import io.connectdesk.ticket.LineMessage;

/** What provisioning's timeline details say ({@link LineMessage}; messages in provisioning's bundle). */
enum ProvisioningSentence implements LineMessage {

	/** The item (component in environment) a line is about. */
	ITEM_CONCERNED,
	/** The item and the results its adapter gave. */
	ITEM_WITH_RESULTS,
	/** The item and the error that stopped it. */
	ITEM_WITH_ERROR,
	/** The item and who retried it. */
	ITEM_RETRIED_BY,
	/** The items undone when fulfilment was cancelled. */
	ITEMS_UNDONE

}

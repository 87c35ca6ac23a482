package io.connectdesk.sla;

import io.connectdesk.ticket.LineMessage;

/** What service levels' timeline details say ({@link LineMessage}; messages in sla's bundle). */
enum ServiceLevelSentence implements LineMessage {

	/** The target a warning or breach is about, by its translated name. */
	SERVICE_LEVEL_TARGET

}

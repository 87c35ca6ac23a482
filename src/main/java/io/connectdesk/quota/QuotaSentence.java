package io.connectdesk.quota;

import io.connectdesk.ticket.LineMessage;

/** What the quota module's timeline details say ({@link LineMessage}; messages in quota's bundle). */
enum QuotaSentence implements LineMessage {

	/** An urgent ticket filed as normal: the period's slots and when the next period starts. */
	URGENT_QUOTA_SPENT

}

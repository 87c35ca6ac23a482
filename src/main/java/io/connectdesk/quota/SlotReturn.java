package io.connectdesk.quota;

/** Why a ticket gave its urgent slot back. */
public enum SlotReturn {

	/** An SRE downgraded the ticket to normal. */
	DOWNGRADED,
	/** The ticket was rejected at review. */
	REJECTED

}

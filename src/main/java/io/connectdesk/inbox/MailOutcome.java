package io.connectdesk.inbox;

/** What became of a mail read from the mailbox; stored in {@code inbound_mail.outcome}. */
enum MailOutcome {

	/** Not yet handled (the row exists only inside the transaction that handles it). */
	RECEIVED,
	/** Added to the ticket its reply address names, as a public reply (or the answer to a question). */
	REPLIED,
	/** Filed a question ticket. */
	FILED,
	/** An auto-reply, bounce or list mail: recorded, never answered. */
	AUTOMATIC,
	/** From someone who may not write to the ticket or the desk, to a closed ticket, or to an address that names none: refused by mail. */
	REFUSED,
	/** Refused, but without a sender to tell. */
	IGNORED

}

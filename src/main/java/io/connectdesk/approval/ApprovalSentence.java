package io.connectdesk.approval;

import io.connectdesk.ticket.LineMessage;

/** What cost approval's timeline details say ({@link LineMessage}; messages in approval's bundle). */
enum ApprovalSentence implements LineMessage {

	/** How many approvals the policy wants (a plural), by which rule, for what change in MRU. */
	APPROVALS_NEEDED,
	/** Who decided: the decider, on their own behalf. */
	DECIDED_BY,
	/** Who decided, with their comment. */
	DECIDED_BY_COMMENTING,
	/** Who decided for whom: a substitute. */
	DECIDED_FOR,
	/** Who decided for whom, with their comment. */
	DECIDED_FOR_COMMENTING

}

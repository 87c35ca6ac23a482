package io.connectdesk.approval;

import io.connectdesk.ticket.LineKind;

/** The lines cost approval writes on a ticket's timeline (messages {@code timeline.<name>} in approval's bundle). */
enum ApprovalLine implements LineKind {

	APPROVAL_REQUESTED, APPROVAL_REMINDED, APPROVAL_GIVEN, COST_APPROVED, COST_REJECTED, APPROVAL_EXPIRED

}

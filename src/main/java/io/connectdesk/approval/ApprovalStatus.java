package io.connectdesk.approval;

/** Where a request for approval stands; only a pending one takes decisions. */
public enum ApprovalStatus {

	PENDING, APPROVED, REJECTED, EXPIRED

}

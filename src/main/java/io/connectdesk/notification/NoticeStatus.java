package io.connectdesk.notification;

/** Where a notice in the outbox stands. */
enum NoticeStatus {

	/** Waiting for its next attempt (or being sent by the instance that claimed it). */
	PENDING,
	/** The mail server took it. */
	SENT,
	/** Not delivered within the maximum age; nobody tries again. */
	GIVEN_UP

}

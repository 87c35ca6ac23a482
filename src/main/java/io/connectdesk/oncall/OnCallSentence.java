package io.connectdesk.oncall;

import io.connectdesk.ticket.LineMessage;

/** What on call's timeline details say ({@link LineMessage}; messages in oncall's bundle). */
enum OnCallSentence implements LineMessage {

	/** Nobody was on call, so the experts were called: their names. */
	NOBODY_ON_CALL_EXPERTS,
	/** Nobody was on call for the second rung. */
	NOBODY_ON_CALL,
	/** The ladder escalated by itself. */
	NOBODY_CLAIMED_IN_TIME,
	/** The experts called: their names. */
	EXPERTS_CALLED,
	/** The engineer called and their role (primary, secondary). */
	ENGINEER_CALLED

}

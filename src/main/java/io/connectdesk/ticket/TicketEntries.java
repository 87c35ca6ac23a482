package io.connectdesk.ticket;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;

/**
 * What other modules' processes read from a ticket and add to its timeline (the oncall module's
 * escalation ladder): the urgent flag, whether it is still open, and timeline lines.
 */
@Service
@Transactional
public class TicketEntries {

	private final TicketAccess access;

	private final Timeline timeline;

	TicketEntries(TicketAccess access, Timeline timeline) {
		this.access = access;
		this.timeline = timeline;
	}

	/** Whether the ticket is handled as urgent; on behalf of nobody, so unscoped. */
	@Transactional(readOnly = true)
	public boolean isUrgent(String key) {
		return this.access.requireBySystem(key).isUrgent();
	}

	/** Whether the caller may see the ticket and it has not ended; unknown and foreign ones are not found. */
	@Transactional(readOnly = true)
	public boolean isOpen(String key, Caller caller) {
		return !this.access.require(key, caller).getStatus().isEndState();
	}

	/** A line the system adds by itself (a notification sent, a timer fired). */
	public void recordBySystem(String key, TimelineKind kind, String detail) {
		this.timeline.recordBySystem(this.access.requireBySystem(key), kind, detail);
	}

	/** A line for something the caller did, on a ticket they may see. */
	public void record(String key, TimelineKind kind, Caller caller, String detail) {
		this.timeline.record(this.access.require(key, caller), kind, caller, detail);
	}

}

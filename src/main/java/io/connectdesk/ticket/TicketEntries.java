package io.connectdesk.ticket;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

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

	private final Clock clock;

	private final TicketEventRepository events;

	private final TimelineKinds kinds;

	TicketEntries(TicketAccess access, Timeline timeline, Clock clock, TicketEventRepository events,
			TimelineKinds kinds) {
		this.access = access;
		this.events = events;
		this.kinds = kinds;
		this.timeline = timeline;
		this.clock = clock;
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

	/** The ticket's number, when the caller may see it; unknown and foreign ones are not found. */
	@Transactional(readOnly = true)
	public long requireVisible(String key, Caller caller) {
		return this.access.require(key, caller).getId();
	}

	/** The ticket's number, when the caller may see it and it still takes replies (else {@code ticket-closed}). */
	@Transactional(readOnly = true)
	public long requireOpen(String key, Caller caller) {
		Ticket ticket = this.access.require(key, caller);
		ticket.requireOpen();
		return ticket.getId();
	}

	/** The ticket's number when it still takes replies; on behalf of nobody (a mail), so unscoped. */
	@Transactional(readOnly = true)
	public long requireOpenBySystem(String key) {
		Ticket ticket = this.access.requireBySystem(key);
		ticket.requireOpen();
		return ticket.getId();
	}

	/**
	 * The escalation ladder handed the ticket to the experts: it shows in the queue's escalated view
	 * while it stays in the queue. On behalf of nobody, so unscoped.
	 */
	public void markEscalated(String key) {
		this.access.requireBySystem(key).escalated(this.clock.instant());
	}

	/** The latest line of one of these kinds on the ticket's timeline; on behalf of nobody, so unscoped. */
	@Transactional(readOnly = true)
	public Optional<LineKind> latestOf(String key, Collection<? extends LineKind> kinds) {
		return this.events
			.findFirstByTicketIdAndKindInOrderByCreatedAtDescIdDesc(this.access.requireBySystem(key).getId(),
					kinds.stream().map(LineKind::name).toList())
			.map(line -> this.kinds.of(line.getKind()));
	}

	/** A line the system adds by itself (a notification sent, a timer fired). */
	public void recordBySystem(String key, LineKind kind, LineDetail detail) {
		this.timeline.recordBySystem(this.access.requireBySystem(key), kind, detail);
	}

	/** A line for something the caller did, on a ticket they may see. */
	public void record(String key, LineKind kind, Caller caller, String detail) {
		this.timeline.record(this.access.require(key, caller), kind, caller, detail);
	}

}

package io.connectdesk.ticket;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.Caller;

/** Adds replies and internal notes to a ticket's conversation. */
@Service
@Transactional
public class TicketConversation {

	private final TicketAccess access;

	private final Conversation conversation;

	private final Timeline timeline;

	private final TicketTasks work;

	private final SecretMasking masking;

	TicketConversation(TicketAccess access, Conversation conversation, Timeline timeline, TicketTasks work,
			SecretMasking masking) {
		this.masking = masking;
		this.access = access;
		this.conversation = conversation;
		this.timeline = timeline;
		this.work = work;
	}

	/**
	 * Posts a reply. When the ticket waits for the requester's answer, the requester's public reply
	 * is that answer and sends the ticket back to review. Secrets in it are stored apart, encrypted
	 * ({@link SecretMasking}).
	 */
	public void reply(String ticketKey, Caller caller, Reply reply) {
		Ticket ticket = this.access.require(ticketKey, caller);
		if (reply.internal() && !caller.isStaff()) {
			throw new ForbiddenException("internal-note-not-allowed", "Only service staff write internal notes");
		}
		ticket.requireOpen();
		String body = this.masking.masked(ticket.getCustomerId(), reply.body());
		if (!reply.internal() && ticket.getStatus() == TicketStatus.WAITING_FOR_CUSTOMER
				&& ticket.getRequesterId().equals(caller.userId())) {
			this.work.answerByReply(ticket, caller, body);
			return;
		}
		this.conversation.post(ticket, caller, body, reply.internal());
		this.timeline.record(ticket, reply.internal() ? TimelineKind.NOTE_ADDED : TimelineKind.REPLIED, caller);
	}

}

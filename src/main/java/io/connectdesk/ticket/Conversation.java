package io.connectdesk.ticket;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;

/** A ticket's conversation: public replies everyone on the ticket sees, and internal notes for staff. */
@Component
class Conversation {

	private final TicketMessageRepository messages;

	private final Clock clock;

	Conversation(TicketMessageRepository messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	void post(Ticket ticket, Caller author, String body, boolean internal) {
		this.messages.save(new TicketMessage(ticket.getId(), author.userId(), author.name(), internal, body.strip(),
				this.clock.instant()));
	}

	List<MessageView> visibleTo(Ticket ticket, Caller caller) {
		return this.messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())
			.stream()
			.filter(message -> caller.isStaff() || !message.isInternal())
			.map(TicketMessage::toView)
			.toList();
	}

}

package io.connectdesk.ticket;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of a ticket's timeline: what changed, who did it (none: the system), when. */
@Entity
@Table(name = "ticket_event")
class TicketEvent {

	/** From a sequence in blocks of 50, so that the insert waits for the flush and goes in a batch (V72). */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
	@SequenceGenerator(name = "ticket_event_seq", sequenceName = "ticket_event_seq", allocationSize = 50)
	private Long id;

	private Long ticketId;

	/** A {@link LineKind}'s name. */
	private String kind;

	private Long actorId;

	private String actorName;

	/** The English text of the detail: what older rows have, and what a reader falls back to. */
	private String detail;

	/** The detail's sentence ({@link LineMessage#key()}); {@code null} for plain text and older rows. */
	private String detailKey;

	/** The sentence's arguments as JSON ({@link LineArguments}). */
	private String detailArguments;

	private Instant createdAt;

	protected TicketEvent() {
	}

	TicketEvent(Long ticketId, LineKind kind, Long actorId, String actorName, String detail, Instant createdAt) {
		this.ticketId = ticketId;
		this.kind = kind.name();
		this.actorId = actorId;
		this.actorName = actorName;
		this.detail = detail;
		this.createdAt = createdAt;
	}

	/** A sentence with its arguments, besides its English text. */
	TicketEvent withSentence(String key, List<LineArgument> arguments) {
		this.detailArguments = LineArguments.write(arguments);
		this.detailKey = this.detailArguments == null ? null : key;
		return this;
	}

	/** The line for a reader: the detail in their words when it has a sentence, else its stored text. */
	TimelineEntry toView(TimelineKinds kinds, TimelineTexts.Reader reader) {
		List<LineArgument> arguments = LineArguments.read(this.detailArguments);
		String key = arguments == null ? null : this.detailKey;
		String shown = reader.text(key, arguments == null ? List.of() : arguments, this.detail);
		return new TimelineEntry(kinds.of(this.kind), this.actorId == null ? null : this.actorName, shown, this.createdAt,
				key, key == null ? List.of() : arguments);
	}

	String getKind() {
		return this.kind;
	}

}

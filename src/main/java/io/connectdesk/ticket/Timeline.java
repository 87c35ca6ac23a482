package io.connectdesk.ticket;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;
import io.connectdesk.identity.ViewerTime;

/** Records every change to a ticket (what, who, when) and announces it. */
@Component
class Timeline {

	/** The length of {@code ticket_event.detail}. */
	static final int DETAIL_LENGTH = 2000;

	private static final ZoneId UTC = ZoneId.of("UTC");

	private final TicketEventRepository events;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final TimelineKinds kinds;

	private final TimelineTexts texts;

	private final ViewerTime viewerTime;

	Timeline(TicketEventRepository events, ApplicationEventPublisher publisher, Clock clock, TimelineKinds kinds,
			TimelineTexts texts, ViewerTime viewerTime) {
		this.events = events;
		this.kinds = kinds;
		this.texts = texts;
		this.viewerTime = viewerTime;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** A change someone made, which needs no detail. */
	void record(Ticket ticket, LineKind kind, Caller actor) {
		record(ticket, kind, actor, (LineDetail) null);
	}

	/** A change someone made; {@code detail}: their own words, if any. */
	void record(Ticket ticket, LineKind kind, Caller actor, String detail) {
		record(ticket, kind, actor, LineDetail.plain(detail));
	}

	/** A change someone made, with what the reader needs to know about it. */
	void record(Ticket ticket, LineKind kind, Caller actor, LineDetail detail) {
		save(ticket, kind, actor.userId(), actor.name(), detail);
	}

	/** A change the process made by itself (a timer fired). */
	void recordBySystem(Ticket ticket, LineKind kind) {
		recordBySystem(ticket, kind, (LineDetail) null);
	}

	/** A change the system made by itself, with what the reader needs to know about it. */
	void recordBySystem(Ticket ticket, LineKind kind, LineDetail detail) {
		save(ticket, kind, null, "system", detail);
	}

	/**
	 * A line's detail fits its column; longer texts (a rejection or reopen reason may have up to
	 * 10,000 characters) are whole in the conversation.
	 */
	private static String shortened(String detail) {
		if (detail == null || detail.length() <= DETAIL_LENGTH) {
			return detail;
		}
		return detail.substring(0, DETAIL_LENGTH - 1) + "\u2026";
	}

	/** The lines the caller may see, their details in the caller's language and zone. */
	List<TimelineEntry> visibleTo(Ticket ticket, Caller caller) {
		TimelineTexts.Reader reader = this.texts.in(LocaleContextHolder.getLocale(), this.viewerTime.zoneOf(caller));
		return this.events.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())
			.stream()
			.map(event -> event.toView(this.kinds, reader))
			.filter(entry -> caller.isStaff() || !entry.kind().isInternal())
			.toList();
	}

	/** Stores the detail's sentence and arguments, and its English text for readers that take text (and older code). */
	private void save(Ticket ticket, LineKind kind, Long actorId, String actorName, LineDetail detail) {
		String english = detail == null ? null
				: detail.isSentence() ? this.texts.in(Locale.ENGLISH, UTC).text(detail.key(), detail.arguments(), null)
						: detail.text();
		TicketEvent line = new TicketEvent(ticket.getId(), kind, actorId, actorName, shortened(english), this.clock.instant());
		if (detail != null && detail.isSentence()) {
			line.withSentence(detail.key(), detail.arguments());
		}
		this.events.save(line);
		this.publisher.publishEvent(new TicketChanged(ticket.key(), ticket.getCustomerId(), kind, actorId));
	}

}

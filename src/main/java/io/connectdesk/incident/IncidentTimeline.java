package io.connectdesk.incident;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

/** Writes and reads incidents' timelines. */
@Component
class IncidentTimeline {

	private final IncidentEventRepository events;

	private final Clock clock;

	IncidentTimeline(IncidentEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** A line of that kind, public as the kind is. */
	void record(Long incidentId, IncidentEventKind kind, String actor, String text) {
		record(incidentId, kind, kind.isPublic(), actor, text);
	}

	void record(Long incidentId, IncidentEventKind kind, boolean publicLine, String actor, String text) {
		this.events.save(new IncidentEvent(incidentId, this.clock.instant(), kind, publicLine, actor, text));
	}

	/** The lines; {@code publicOnly} (customers): the public ones, without who wrote them. */
	List<IncidentLine> of(Long incidentId, boolean publicOnly) {
		return this.events.findByIncidentIdOrderByAtAscIdAsc(incidentId)
			.stream()
			.filter(event -> !publicOnly || event.isPublicLine())
			.map(IncidentEvent::toLine)
			.map(line -> publicOnly ? new IncidentLine(line.at(), line.kind(), true, null, line.text()) : line)
			.toList();
	}

}

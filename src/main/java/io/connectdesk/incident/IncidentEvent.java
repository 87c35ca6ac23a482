package io.connectdesk.incident;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of an incident's timeline. */
@Entity
@Table(name = "incident_event")
class IncidentEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long incidentId;

	private Instant at;

	@Enumerated(EnumType.STRING)
	private IncidentEventKind kind;

	@Column(name = "public_line")
	private boolean publicLine;

	private String actor;

	private String text;

	protected IncidentEvent() {
	}

	IncidentEvent(Long incidentId, Instant at, IncidentEventKind kind, boolean publicLine, String actor, String text) {
		this.incidentId = incidentId;
		this.at = at;
		this.kind = kind;
		this.publicLine = publicLine;
		this.actor = actor;
		this.text = text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
	}

	IncidentLine toLine() {
		return new IncidentLine(this.at, this.kind, this.publicLine, this.actor, this.text);
	}

	Long getIncidentId() {
		return this.incidentId;
	}

	boolean isPublicLine() {
		return this.publicLine;
	}

}

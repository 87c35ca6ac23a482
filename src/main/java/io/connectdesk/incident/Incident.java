package io.connectdesk.incident;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An incident of one customer's component in one environment; its moves refuse what its status forbids. */
@Entity
@Table(name = "incident")
class Incident {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long customerId;

	private String title;

	private String component;

	private String environment;

	private boolean production;

	@Enumerated(EnumType.STRING)
	private Severity severity;

	@Enumerated(EnumType.STRING)
	private IncidentStatus status;

	private String ticketId;

	private Instant openedAt;

	private Instant acknowledgedAt;

	private String acknowledgedBy;

	private Instant mitigatedAt;

	private Instant resolvedAt;

	@Version
	private long version;

	protected Incident() {
	}

	Incident(Long customerId, String title, String component, String environment, boolean production, Severity severity,
			Instant openedAt) {
		this.customerId = customerId;
		this.title = title.length() > 300 ? title.substring(0, 300) : title;
		this.component = component;
		this.environment = environment;
		this.production = production;
		this.severity = severity;
		this.status = IncidentStatus.TRIGGERED;
		this.openedAt = openedAt;
	}

	/** Moves to the status; refuses a move its status does not allow. */
	void move(IncidentStatus to, String actor, Instant now) {
		if (!this.status.next().contains(to)) {
			throw new IllegalIncidentMoveException(this.id, this.status, to);
		}
		this.status = to;
		switch (to) {
			case ACKNOWLEDGED -> {
				this.acknowledgedAt = now;
				this.acknowledgedBy = actor;
			}
			case MITIGATED -> this.mitigatedAt = this.mitigatedAt == null ? now : this.mitigatedAt;
			case RESOLVED -> {
				this.resolvedAt = now;
				this.mitigatedAt = this.mitigatedAt == null ? now : this.mitigatedAt;
			}
			default -> {
			}
		}
	}

	void changeSeverity(Severity severity) {
		this.severity = severity;
	}

	void linkTicket(String ticketId) {
		this.ticketId = ticketId;
	}

	Duration timeToAcknowledge() {
		return this.acknowledgedAt == null ? null : Duration.between(this.openedAt, this.acknowledgedAt);
	}

	Long getId() {
		return this.id;
	}

	Long getCustomerId() {
		return this.customerId;
	}

	String getTitle() {
		return this.title;
	}

	String getComponent() {
		return this.component;
	}

	String getEnvironment() {
		return this.environment;
	}

	boolean isProduction() {
		return this.production;
	}

	Severity getSeverity() {
		return this.severity;
	}

	IncidentStatus getStatus() {
		return this.status;
	}

	String getTicketId() {
		return this.ticketId;
	}

	Instant getOpenedAt() {
		return this.openedAt;
	}

	Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	String getAcknowledgedBy() {
		return this.acknowledgedBy;
	}

	Instant getMitigatedAt() {
		return this.mitigatedAt;
	}

	Instant getResolvedAt() {
		return this.resolvedAt;
	}

}

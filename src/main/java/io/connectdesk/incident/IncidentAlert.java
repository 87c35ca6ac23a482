package io.connectdesk.incident;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One alert (by fingerprint) of an incident: how often it arrived and whether it is resolved.
 * {@code openFingerprint} holds the fingerprint while the incident is open (a unique index keeps one
 * open incident per fingerprint and customer), and is cleared when the incident is resolved.
 */
@Entity
@Table(name = "incident_alert")
class IncidentAlert {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long incidentId;

	private Long customerId;

	private String fingerprint;

	private String openFingerprint;

	private String alertName;

	@Enumerated(EnumType.STRING)
	private AlertStatus status;

	private String labels;

	private String summary;

	private Instant startsAt;

	private Instant endsAt;

	private int received;

	private Instant lastReceivedAt;

	protected IncidentAlert() {
	}

	IncidentAlert(Long incidentId, Long customerId, Alert alert, String labels, Instant now) {
		this.incidentId = incidentId;
		this.customerId = customerId;
		this.fingerprint = alert.fingerprint();
		this.openFingerprint = alert.fingerprint();
		this.alertName = clip(alert.name(), 200);
		this.labels = clip(labels, 4000);
		this.received = 0;
		update(alert, now);
	}

	/** Records another delivery of the alert: its status and times as the monitor now reports them. */
	void update(Alert alert, Instant now) {
		this.status = alert.status();
		this.summary = alert.summary() == null ? this.summary : clip(alert.summary(), 1000);
		this.startsAt = alert.startsAt() == null ? this.startsAt : alert.startsAt();
		this.endsAt = alert.status() == AlertStatus.RESOLVED ? alert.endsAt() : null;
		this.received++;
		this.lastReceivedAt = now;
	}

	/** The incident is resolved: a new alert with this fingerprint opens a new incident. */
	void close() {
		this.openFingerprint = null;
	}

	private static String clip(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	Long getIncidentId() {
		return this.incidentId;
	}

	String getFingerprint() {
		return this.fingerprint;
	}

	String getAlertName() {
		return this.alertName;
	}

	AlertStatus getStatus() {
		return this.status;
	}

	String getSummary() {
		return this.summary;
	}

	int getReceived() {
		return this.received;
	}

	Instant getEndsAt() {
		return this.endsAt;
	}

	Instant getLastReceivedAt() {
		return this.lastReceivedAt;
	}

}

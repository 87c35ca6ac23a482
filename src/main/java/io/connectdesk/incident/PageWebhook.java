package io.connectdesk.incident;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One page waiting for (or done with) its delivery to the paging webhook. */
@Entity
@Table(name = "incident_page_webhook")
class PageWebhook {

	static final String PENDING = "PENDING";

	static final String SENT = "SENT";

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long incidentId;

	private String payload;

	private String status;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant createdAt;

	private Instant sentAt;

	private String lastError;

	protected PageWebhook() {
	}

	PageWebhook(Long incidentId, String payload, Instant now) {
		this.incidentId = incidentId;
		this.payload = payload;
		this.status = PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	/** The claim counted the attempt. */
	void sent(Instant now) {
		this.status = SENT;
		this.sentAt = now;
	}

	/** Waits 1 s, 2 s, 4 s... (at most ten minutes) before the next attempt (the claim counted this one). */
	void failed(String error, Instant now) {
		this.lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
		Duration wait = Duration.ofSeconds(1L << Math.min(this.attempts - 1, 20));
		this.nextAttemptAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
	}

	Long getId() {
		return this.id;
	}

	String getPayload() {
		return this.payload;
	}

	String getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

}

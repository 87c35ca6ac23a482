package io.connectdesk.approval;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An approver's substitute for a range of days (both included, UTC). */
@Entity
@Table(name = "approval_substitute")
class Substitution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long customerId;

	private Long approverId;

	private Long substituteId;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private Instant createdAt;

	protected Substitution() {
	}

	Substitution(Long customerId, Long approverId, Long substituteId, LocalDate startsOn, LocalDate endsOn, Instant now) {
		this.customerId = customerId;
		this.approverId = approverId;
		this.substituteId = substituteId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.createdAt = now;
	}

	boolean covers(LocalDate day) {
		return !day.isBefore(this.startsOn) && !day.isAfter(this.endsOn);
	}

	Long getId() {
		return this.id;
	}

	Long getCustomerId() {
		return this.customerId;
	}

	Long getApproverId() {
		return this.approverId;
	}

	Long getSubstituteId() {
		return this.substituteId;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	LocalDate getEndsOn() {
		return this.endsOn;
	}

}

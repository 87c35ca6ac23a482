package io.connectdesk.oncall;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.connectdesk.common.ConflictException;

/** One on-call shift: from when to when, who is primary, who backs them up. */
@Entity
@Table(name = "oncall_shift")
class Shift {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant startsAt;

	private Instant endsAt;

	private Long primaryId;

	private Long secondaryId;

	private boolean overridden;

	private Instant createdAt;

	protected Shift() {
	}

	Shift(ShiftSlot slot, Instant createdAt) {
		this.startsAt = slot.startsAt();
		this.endsAt = slot.endsAt();
		this.primaryId = slot.primaryId();
		this.secondaryId = slot.secondaryId();
		this.overridden = false;
		this.createdAt = createdAt;
	}

	/** The secondary becomes primary and the other way round. */
	void swap() {
		Long primary = this.primaryId;
		this.primaryId = this.secondaryId;
		this.secondaryId = primary;
		this.overridden = true;
	}

	/** Someone else takes the engineer's place on this shift (a holiday); false if they are not on it. */
	boolean replace(Long engineerId, Long replacementId) {
		if (!isOn(engineerId)) {
			return false;
		}
		if (isOn(replacementId)) {
			throw new ConflictException("replacement-already-on-shift",
					"The replacement is already on the shift starting " + this.startsAt);
		}
		if (engineerId.equals(this.primaryId)) {
			this.primaryId = replacementId;
		}
		else {
			this.secondaryId = replacementId;
		}
		this.overridden = true;
		return true;
	}

	boolean isOn(Long engineerId) {
		return engineerId.equals(this.primaryId) || engineerId.equals(this.secondaryId);
	}

	boolean overlaps(Instant from, Instant to) {
		return this.startsAt.isBefore(to) && from.isBefore(this.endsAt);
	}

	Long getId() {
		return this.id;
	}

	Instant getStartsAt() {
		return this.startsAt;
	}

	Instant getEndsAt() {
		return this.endsAt;
	}

	Long getPrimaryId() {
		return this.primaryId;
	}

	Long getSecondaryId() {
		return this.secondaryId;
	}

	boolean isOverridden() {
		return this.overridden;
	}

}

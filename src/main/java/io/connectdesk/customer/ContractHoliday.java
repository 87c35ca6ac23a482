package io.connectdesk.customer;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A day of the contract without business hours (service-level targets do not count it). */
@Entity
@Table(name = "contract_holiday")
class ContractHoliday {

	@EmbeddedId
	private Key key;

	protected ContractHoliday() {
	}

	ContractHoliday(Long customerId, LocalDate holiday) {
		this.key = new Key(customerId, holiday);
	}

	LocalDate getHoliday() {
		return this.key.holiday;
	}

	@Embeddable
	record Key(Long customerId, LocalDate holiday) implements Serializable {
	}

}

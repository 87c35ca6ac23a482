package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the MRU rate history; never changed once written. */
@Entity
@Table(name = "mru_rate")
class RateEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private BigDecimal usdPerMru;

	private LocalDate effectiveFrom;

	private Instant recordedAt;

	protected RateEntry() {
	}

	RateEntry(BigDecimal usdPerMru, LocalDate effectiveFrom, Instant recordedAt) {
		this.usdPerMru = usdPerMru;
		this.effectiveFrom = effectiveFrom;
		this.recordedAt = recordedAt;
	}

	MruRate toView() {
		return new MruRate(this.usdPerMru, this.effectiveFrom);
	}

}

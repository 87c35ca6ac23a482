package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.connectdesk.customer.EnvironmentKind;

/** One entry of a price history; never changed once written. */
@Entity
@Table(name = "catalog_price")
class CatalogPrice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String componentKey;

	@Enumerated(EnumType.STRING)
	private EnvironmentKind environmentKind;

	private BigDecimal monthlyMru;

	private LocalDate effectiveFrom;

	private Instant recordedAt;

	protected CatalogPrice() {
	}

	CatalogPrice(String componentKey, EnvironmentKind environmentKind, BigDecimal monthlyMru, LocalDate effectiveFrom,
			Instant recordedAt) {
		this.componentKey = componentKey;
		this.environmentKind = environmentKind;
		this.monthlyMru = monthlyMru;
		this.effectiveFrom = effectiveFrom;
		this.recordedAt = recordedAt;
	}

	EnvironmentKind getEnvironmentKind() {
		return this.environmentKind;
	}

	BigDecimal getMonthlyMru() {
		return this.monthlyMru;
	}

	PriceView toView() {
		return new PriceView(this.componentKey, this.environmentKind, this.monthlyMru, this.effectiveFrom, this.recordedAt);
	}

}

package io.connectdesk.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import io.connectdesk.catalog.NewRate;

/** A new MRU rate as the browser sends it. */
class RateForm {

	private BigDecimal usdPerMru;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	NewRate toCommand() {
		return new NewRate(this.usdPerMru, this.effectiveFrom);
	}

	public BigDecimal getUsdPerMru() {
		return this.usdPerMru;
	}

	public void setUsdPerMru(BigDecimal usdPerMru) {
		this.usdPerMru = usdPerMru;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

}

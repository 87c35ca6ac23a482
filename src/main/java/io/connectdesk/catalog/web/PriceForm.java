package io.connectdesk.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import io.connectdesk.catalog.NewPrice;
import io.connectdesk.customer.EnvironmentKind;

/** A new price as the browser sends it. */
class PriceForm {

	private EnvironmentKind environmentKind = EnvironmentKind.PRODUCTION;

	private BigDecimal monthlyMru;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	NewPrice toCommand() {
		return new NewPrice(this.environmentKind, this.monthlyMru, this.effectiveFrom);
	}

	public EnvironmentKind getEnvironmentKind() {
		return this.environmentKind;
	}

	public void setEnvironmentKind(EnvironmentKind environmentKind) {
		this.environmentKind = environmentKind;
	}

	public BigDecimal getMonthlyMru() {
		return this.monthlyMru;
	}

	public void setMonthlyMru(BigDecimal monthlyMru) {
		this.monthlyMru = monthlyMru;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

}

package io.connectdesk.ticket;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/**
 * What fulfilling a ticket changes in its customer's recurring cost, as an SRE or the catalog worked it
 * out: both amounts {@code null} while not costed. A value: costing the ticket again replaces it.
 */
@Embeddable
class MruChange {

	/** The change to the customer's monthly MRU. */
	private BigDecimal mruDelta;

	/** The customer's monthly MRU once fulfilled. */
	private BigDecimal monthlyMruAfter;

	protected MruChange() {
	}

	MruChange(BigDecimal mruDelta, BigDecimal monthlyMruAfter) {
		this.mruDelta = mruDelta;
		this.monthlyMruAfter = monthlyMruAfter;
	}

	/** Not costed yet: the columns are all empty, which is how a ticket row without a cost loads. */
	static MruChange none() {
		return new MruChange();
	}

	/** Whether fulfilling it changes the customer's recurring cost, so approvers must sign off first. */
	boolean changesCost() {
		return changes(this.mruDelta);
	}

	static boolean changes(BigDecimal mruDelta) {
		return mruDelta != null && mruDelta.signum() != 0;
	}

	BigDecimal getMruDelta() {
		return this.mruDelta;
	}

	BigDecimal getMonthlyMruAfter() {
		return this.monthlyMruAfter;
	}

}

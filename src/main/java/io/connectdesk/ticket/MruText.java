package io.connectdesk.ticket;

import java.math.BigDecimal;

/** A cost change as the timeline writes it: "+12.50 MRU/month (total 140.00)". */
final class MruText {

	private MruText() {
	}

	static String change(BigDecimal delta, BigDecimal total) {
		String change = (delta.signum() > 0 ? "+" : "") + delta.toPlainString() + " MRU/month";
		return total == null ? change : change + " (total " + total.toPlainString() + ")";
	}

}

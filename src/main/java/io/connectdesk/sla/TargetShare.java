package io.connectdesk.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How one target fared over a month's tickets.
 *
 * @param measured tickets whose target is decided: met, or breached (tickets still open in time are not)
 * @param met tickets that settled the target by its due time
 * @param percent {@code met / measured} in percent, one decimal; {@code null} when nothing is measured
 */
public record TargetShare(int measured, int met, BigDecimal percent) {

	static TargetShare of(int measured, int met) {
		BigDecimal percent = measured == 0 ? null
				: BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(measured), 1, RoundingMode.HALF_UP);
		return new TargetShare(measured, met, percent);
	}

}

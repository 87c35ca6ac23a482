package io.connectdesk.quota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * One quota period of a customer: from {@code start} (inclusive) to {@code end} (exclusive), both at
 * midnight in the customer's time zone.
 * <p>
 * Periods are counted from a fixed epoch, so the same contract always cuts time the same way:
 * <ul>
 * <li>month periods ({@code P1M}, {@code P3M}...) count whole months from January 1970: {@code P1M}
 * is the calendar month, {@code P3M} the calendar quarter;</li>
 * <li>year periods count whole years from 1970: {@code P1Y} is the calendar year;</li>
 * <li>day periods ({@code PnD}, and {@code PnW}, which is {@code P(7n)D}) count whole n-day blocks
 * from Monday 5 January 1970: {@code P1W} is the ISO week, Monday to Sunday.</li>
 * </ul>
 * A period mixing units ({@code P1M15D}) is counted in days, its months taken as 30 days.
 */
public record QuotaWindow(Instant start, Instant end) {

	static final LocalDate MONTH_EPOCH = LocalDate.of(1970, 1, 1);

	/** The first Monday of 1970: week periods start on Mondays. */
	static final LocalDate DAY_EPOCH = LocalDate.of(1970, 1, 5);

	/** The period of a quota that {@code at} falls in. */
	public static QuotaWindow containing(Instant at, Period period, ZoneId zone) {
		LocalDate day = at.atZone(zone).toLocalDate();
		LocalDate first = firstDay(day, period);
		return new QuotaWindow(first.atStartOfDay(zone).toInstant(), next(first, period).atStartOfDay(zone).toInstant());
	}

	public boolean contains(Instant at) {
		return !at.isBefore(this.start) && at.isBefore(this.end);
	}

	private static LocalDate firstDay(LocalDate day, Period period) {
		if (isMonths(period)) {
			long months = period.toTotalMonths();
			long since = ChronoUnit.MONTHS.between(MONTH_EPOCH, day.withDayOfMonth(1));
			return MONTH_EPOCH.plusMonths(Math.floorDiv(since, months) * months);
		}
		long days = days(period);
		long since = ChronoUnit.DAYS.between(DAY_EPOCH, day);
		return DAY_EPOCH.plusDays(Math.floorDiv(since, days) * days);
	}

	private static LocalDate next(LocalDate first, Period period) {
		return isMonths(period) ? first.plusMonths(period.toTotalMonths()) : first.plusDays(days(period));
	}

	private static boolean isMonths(Period period) {
		return period.getDays() == 0 && period.toTotalMonths() > 0;
	}

	private static long days(Period period) {
		return Math.max(1, period.toTotalMonths() * 30 + period.getDays());
	}

}

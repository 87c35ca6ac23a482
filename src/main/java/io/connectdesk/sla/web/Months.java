package io.connectdesk.sla.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.connectdesk.common.InvalidInputException;

/** The {@code month} parameter: {@code 2026-11}; none means the current month. */
final class Months {

	private Months() {
	}

	/** @throws InvalidInputException naming {@code month} when it is not a month */
	static YearMonth parse(String month, YearMonth current) {
		if (month == null || month.isBlank()) {
			return current;
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of("month", "Not a month such as 2026-11");
		}
	}

}

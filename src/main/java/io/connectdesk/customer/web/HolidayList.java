package io.connectdesk.customer.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.InvalidInputException.FieldProblem;

/** A contract's holidays as a client sends them: ISO dates ({@code 2026-12-25}), at most 200. */
record HolidayList(List<String> holidays) {

	static final int MAX = 200;

	/** @throws InvalidInputException naming every entry that is not a date */
	List<LocalDate> days() {
		List<String> entries = this.holidays == null ? List.of() : this.holidays;
		if (entries.size() > MAX) {
			throw InvalidInputException.of("holidays", "At most " + MAX + " holidays");
		}
		List<LocalDate> days = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			try {
				days.add(LocalDate.parse(entries.get(i) == null ? "" : entries.get(i).strip()));
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("holidays[" + i + "]", "Not a date such as 2026-12-25"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return days;
	}

}

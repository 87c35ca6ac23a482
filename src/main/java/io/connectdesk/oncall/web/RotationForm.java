package io.connectdesk.oncall.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import io.connectdesk.oncall.NewRotation;

/** The admin page's rotation form: engineers' e-mails one per line (or comma-separated), in order. */
class RotationForm {

	private String startDate = "";

	private String weeks = "4";

	private String engineers = "";

	NewRotation toCommand() {
		return new NewRotation(date(this.startDate), number(this.weeks), lines(this.engineers));
	}

	static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Integer number(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(line -> !line.isBlank()).toList();
	}

	public String getStartDate() {
		return this.startDate;
	}

	public void setStartDate(String startDate) {
		this.startDate = startDate;
	}

	public String getWeeks() {
		return this.weeks;
	}

	public void setWeeks(String weeks) {
		this.weeks = weeks;
	}

	public String getEngineers() {
		return this.engineers;
	}

	public void setEngineers(String engineers) {
		this.engineers = engineers;
	}

}

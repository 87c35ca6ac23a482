package io.connectdesk.sla;

import java.util.Arrays;

/** How a target's time is counted: around the clock, or in the customer's business hours. */
enum CalendarKind {

	TWENTY_FOUR_SEVEN("24x7"), BUSINESS_HOURS("BUSINESS_HOURS");

	/** The value in the decision table's output. */
	private final String decisionValue;

	CalendarKind(String decisionValue) {
		this.decisionValue = decisionValue;
	}

	static CalendarKind ofDecision(String value) {
		return Arrays.stream(values())
			.filter(kind -> kind.decisionValue.equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown calendar in the service-level decision: " + value));
	}

}

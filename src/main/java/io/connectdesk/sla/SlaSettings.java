package io.connectdesk.sla;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Business hours (in each customer's time zone) and when a ticket is warned about a target.
 *
 * @param warningShare the share of a target's working time after which the warning fires (0.75: at 75 %)
 */
@ConfigurationProperties("connectdesk.sla")
record SlaSettings(@DefaultValue("09:00") LocalTime opens, @DefaultValue("18:00") LocalTime closes,
		@DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> workingDays,
		@DefaultValue("0.75") double warningShare) {

	SlaSettings {
		if (!opens.isBefore(closes) || workingDays.isEmpty()) {
			throw new IllegalArgumentException("connectdesk.sla: business hours need working days and opens before closes");
		}
		if (warningShare <= 0 || warningShare >= 1) {
			throw new IllegalArgumentException("connectdesk.sla.warning-share must be between 0 and 1: " + warningShare);
		}
	}

}

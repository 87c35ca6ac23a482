package io.connectdesk.oncall;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone the operations time zone: handovers happen at fixed local times there
 * @param handover the local time of the day's first handover
 * @param shiftLength how long a shift lasts (local time); whole hours that divide a day
 * @param primaryWait how long the ladder waits for a claim after notifying the primary
 * @param secondaryWait how long it then waits after notifying the secondary, before the experts
 */
@ConfigurationProperties("connectdesk.oncall")
record OnCallSettings(@DefaultValue("Europe/Madrid") ZoneId zone, @DefaultValue("08:00") LocalTime handover,
		@DefaultValue("PT12H") Duration shiftLength, @DefaultValue("PT15M") Duration primaryWait,
		@DefaultValue("PT30M") Duration secondaryWait) {

	OnCallSettings {
		long hours = shiftLength.toHours();
		if (shiftLength.toMinutes() != hours * 60 || hours < 1 || 24 % hours != 0) {
			throw new IllegalArgumentException("connectdesk.oncall.shift-length must be whole hours that divide 24: " + shiftLength);
		}
	}

	int shiftsPerDay() {
		return (int) (24 / this.shiftLength.toHours());
	}

}

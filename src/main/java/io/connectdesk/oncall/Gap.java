package io.connectdesk.oncall;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A stretch of time nobody is on call. */
public record Gap(Instant from, Instant to) {

	@JsonProperty
	public long hours() {
		return Duration.between(this.from, this.to).toHours();
	}

	/** The uncovered stretches of {@code [from, to)}, given the shifts that overlap it, earliest first. */
	static List<Gap> in(Instant from, Instant to, List<Shift> shifts) {
		List<Gap> gaps = new ArrayList<>();
		Instant covered = from;
		for (Shift shift : shifts) {
			if (shift.getStartsAt().isAfter(covered)) {
				gaps.add(new Gap(covered, min(shift.getStartsAt(), to)));
			}
			if (shift.getEndsAt().isAfter(covered)) {
				covered = shift.getEndsAt();
			}
		}
		if (covered.isBefore(to)) {
			gaps.add(new Gap(covered, to));
		}
		return gaps;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}

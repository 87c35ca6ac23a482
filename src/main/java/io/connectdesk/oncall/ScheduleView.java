package io.connectdesk.oncall;

import java.time.Instant;
import java.util.List;

/** The shifts of a time range and the hours in it nobody covers. */
public record ScheduleView(Instant from, Instant to, String zone, List<ShiftView> shifts, List<Gap> gaps) {
}

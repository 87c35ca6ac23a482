package io.connectdesk.oncall;

import java.util.Optional;

/** What the on-call page shows: who is on call now and next, and the coming week. */
public record OnCallBoard(Optional<ShiftView> now, Optional<ShiftView> next, ScheduleView week) {
}

package io.connectdesk.oncall;

import java.time.Instant;

/** A shift the rotation plans, before it is stored. */
record ShiftSlot(Instant startsAt, Instant endsAt, Long primaryId, Long secondaryId) {
}

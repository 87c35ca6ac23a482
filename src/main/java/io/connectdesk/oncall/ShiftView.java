package io.connectdesk.oncall;

import java.time.Instant;

import io.connectdesk.identity.Person;

/** A shift as pages and the API show it. */
public record ShiftView(Long id, Instant startsAt, Instant endsAt, Person primary, Person secondary, boolean overridden) {
}

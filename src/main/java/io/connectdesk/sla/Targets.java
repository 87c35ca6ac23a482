package io.connectdesk.sla;

import java.time.Duration;

/** What the service-level decision gives a ticket: working time to a first response and to resolution. */
record Targets(Duration firstResponse, Duration resolution, CalendarKind calendar) {
}

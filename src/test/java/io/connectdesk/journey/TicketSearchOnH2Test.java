package io.connectdesk.journey;

/** Search on the embedded default, H2: LIKE over the lower-cased documents. */
class TicketSearchOnH2Test extends TicketSearchScenarios {
}

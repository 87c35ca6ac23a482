package io.connectdesk.journey;

/** The ticket journey on the embedded H2 database of the test profile. */
class TicketJourneyOnH2Test extends TicketJourney {

}

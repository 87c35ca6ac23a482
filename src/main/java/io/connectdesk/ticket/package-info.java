/**
 * Requirement tickets: filing, the conversation, the timeline, and the work on them that the
 * {@code TicketLifecycle} process drives (review, question, fulfilment, resolution, reopen, close).
 * The ticket tables hold the truth; the process holds only ids and the flags its gateways need.
 * <p>
 * Filing lives in the {@code filing} module, which hands a checked request to
 * {@link io.connectdesk.ticket.TicketOpening}; the SRE queue is the {@code queue} module, a read model
 * over the ticket table. Other modules listen to {@link io.connectdesk.ticket.TicketChanged} (every
 * timeline line) and {@link io.connectdesk.ticket.TicketResolved} (billing), and show parts of the
 * ticket page as {@link io.connectdesk.ticket.TicketPageSection}s.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "common", "customer", "identity", "web", "workflow" })
package io.connectdesk.ticket;

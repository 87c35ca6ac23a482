/**
 * Requirement tickets: filing, the conversation, the timeline, and the work on them that the
 * {@code TicketLifecycle} process drives (review, question, fulfilment, resolution, reopen, close).
 * The ticket tables hold the truth; the process holds only ids and the flags its gateways need.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "common", "customer", "identity", "web", "workflow" })
package io.connectdesk.ticket;

/**
 * The SRE queue: views of the tickets in the queue (to review, mine, urgent, breaching soon, waiting
 * on the customer, escalated), urgent first, then the nearest due time, then oldest. A read model:
 * {@code QueueRows} reads the ticket table's queue columns ({@code QueueMarks}, kept by the ticket
 * module) through the V18 indexes; only the page's own tickets are looked up in the engine, for the
 * task to claim. Facade: {@link io.connectdesk.queue.TicketQueue}; pages {@code /queue}, API
 * {@code GET /api/v1/queue}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "common", "customer", "identity", "ticket", "web", "workflow" })
package io.connectdesk.queue;

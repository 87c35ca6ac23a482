/**
 * Service levels: the targets a contract buys (decided by {@code processes/service-levels.dmn}), the
 * business calendar they are counted in, a clock per ticket whose alarms (raised by a sweep, no
 * process per ticket) warn and record breaches, and the monthly report. The module listens to the ticket module's
 * {@link io.connectdesk.ticket.TicketChanged} and publishes {@link io.connectdesk.sla.ServiceLevelWarning}
 * and {@link io.connectdesk.sla.ServiceLevelBreached}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "customer", "identity", "queue", "ticket", "web", "workflow" })
package io.connectdesk.sla;

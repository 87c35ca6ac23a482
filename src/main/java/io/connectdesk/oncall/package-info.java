/**
 * On call: the 24x7 schedule of shifts (a primary and a secondary SRE each), generated from a weekly
 * rotation and adjusted by overrides, and the escalation ladder ({@code processes/escalation-ladder.bpmn})
 * that calls the on-call primary, then the secondary, then the experts, until someone claims the ticket.
 * Facades: {@link io.connectdesk.oncall.OnCallSchedule} and {@link io.connectdesk.oncall.Escalations}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "identity", "notification", "sla", "ticket", "web", "workflow" })
package io.connectdesk.oncall;

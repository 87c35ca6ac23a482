/**
 * Incident response (issue 14): per-customer alert integrations, the alert intake (Alertmanager's
 * webhook and a generic JSON format) that deduplicates alerts by fingerprint onto the open incident,
 * the severity policy ({@code processes/incident-severity.dmn}) and the incident's own timeline.
 * Facades: {@link io.connectdesk.incident.AlertIntake}, {@link io.connectdesk.incident.AlertIntegrations},
 * {@link io.connectdesk.incident.Incidents}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "cluster", "common", "customer", "identity", "notification", "oncall", "ticket", "web", "workflow" })
package io.connectdesk.incident;

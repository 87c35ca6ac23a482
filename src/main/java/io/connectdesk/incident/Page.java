package io.connectdesk.incident;

import io.connectdesk.identity.Person;

/**
 * One page to one engineer: what every channel says (incident, severity, customer, component,
 * environment, title) and the signed acknowledgement link.
 *
 * @param ackLink a path of the portal with its query
 */
public record Page(Long incidentId, String reference, Severity severity, String customer, String component,
		String environment, String title, Person engineer, String rung, String ackLink) {
}

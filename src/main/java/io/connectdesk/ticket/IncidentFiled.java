package io.connectdesk.ticket;

import java.util.List;

/**
 * A customer filed an {@code INCIDENT} ticket (published inside the filing's transaction): it does not
 * wait in review; the incident module opens the incident. What it names: the components and
 * environments the requester chose, whether it is urgent.
 */
public record IncidentFiled(String ticketId, Long customerId, String title, List<String> components,
		List<String> environments, boolean urgent) {
}

package io.connectdesk.provisioning;

import java.util.Map;

/**
 * One component in one environment of one ticket.
 *
 * @param customer the customer's stable short name, safe in paths and repository names
 * @param parameters the component's request parameters as the catalog validated them: strings,
 * numbers, booleans, or lists of strings
 */
public record ProvisioningRequest(String ticketId, Long customerId, String customer, String componentKey,
		String environmentKey, Map<String, Object> parameters) {

	public ProvisioningRequest {
		parameters = Map.copyOf(parameters);
	}

	/** The idempotency key: ticket, component and environment. */
	public String key() {
		return this.ticketId + ":" + this.componentKey + ":" + this.environmentKey;
	}

}

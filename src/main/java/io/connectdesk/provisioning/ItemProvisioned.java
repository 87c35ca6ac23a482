package io.connectdesk.provisioning;

import java.util.Map;

/**
 * Published, inside the transaction, when an adapter (or an SRE by hand) created or changed a component
 * in an environment of a customer: the inventory and billing listen to it.
 */
public record ItemProvisioned(String ticketId, Long customerId, String componentKey, String environmentKey,
		Map<String, String> outputs) {

	public ItemProvisioned {
		outputs = Map.copyOf(outputs);
	}

}

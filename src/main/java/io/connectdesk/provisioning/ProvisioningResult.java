package io.connectdesk.provisioning;

import java.util.Map;

/**
 * What an adapter left behind, as it goes into the customer's inventory and onto the ticket.
 *
 * @param outputs what a person may see: URLs, ids, fingerprints, file paths, expiry dates; never a
 * secret in clear
 * @param created {@code false} when an earlier call with the same key had already done the work
 */
public record ProvisioningResult(Map<String, String> outputs, boolean created) {

	public ProvisioningResult {
		outputs = Map.copyOf(outputs);
	}

}

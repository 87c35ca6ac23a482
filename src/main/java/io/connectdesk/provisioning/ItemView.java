package io.connectdesk.provisioning;

import java.time.Instant;
import java.util.Map;

/**
 * One provisioning item as the ticket page, the SRE queue and the API show it.
 *
 * @param lastError the adapter's message when its retries are spent
 * @param checklistOpen whether a manual item waits for an SRE to tick its checklist
 */
public record ItemView(Long id, String ticketId, String componentKey, String environmentKey, String adapterKind,
		Operation operation, ItemStatus status, Map<String, String> outputs, String lastError, int attempts,
		boolean checklistOpen, Instant updatedAt) {

	public boolean isFailed() {
		return this.status == ItemStatus.FAILED;
	}

}

package io.connectdesk.provisioning;

import java.time.Instant;
import java.util.List;
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

	/** The outputs as the ticket page shows them, as the inventory does: secrets left out, URLs (the PEM chain) as links. */
	public List<InventoryResults.Output> shown() {
		return new InventoryResults(this.ticketId, this.operation, this.adapterKind,
				this.outputs == null ? Map.of() : this.outputs, null, this.updatedAt).shown();
	}

	public boolean isFailed() {
		return this.status == ItemStatus.FAILED;
	}

}

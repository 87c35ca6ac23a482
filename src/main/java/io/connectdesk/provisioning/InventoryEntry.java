package io.connectdesk.provisioning;

import java.time.LocalDate;

import io.connectdesk.customer.EnvironmentKind;

/**
 * One active component of the customer's inventory, with what provisioning produced for it.
 *
 * @param itemId the inventory item (billing)
 * @param activatedBy the ticket whose resolution added it
 * @param activeFrom the day it counts from
 * @param results the current results; {@code null} when nothing was provisioned for it (or a manual item has no outputs)
 */
public record InventoryEntry(Long itemId, String componentKey, String environmentKey, EnvironmentKind environmentKind,
		String activatedBy, LocalDate activeFrom, InventoryResults results) {
}

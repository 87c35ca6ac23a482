package io.connectdesk.billing;

import java.time.LocalDate;

import io.connectdesk.customer.EnvironmentKind;

/**
 * A component of the customer's inventory.
 * @param activatedBy the ticket whose resolution added it
 * @param activeUntil the first day it no longer counts; {@code null} while active
 * @param removedBy the ticket whose resolution removed it; {@code null} while active
 */
public record InventoryItemView(Long id, String componentKey, String environmentKey, EnvironmentKind environmentKind,
		String activatedBy, String parametersJson, LocalDate activeFrom, LocalDate activeUntil,
		String removedBy) {
}

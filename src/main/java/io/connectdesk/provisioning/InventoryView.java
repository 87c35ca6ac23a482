package io.connectdesk.provisioning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A customer's active inventory on a day (today in the customer's time zone), item by item with its results.
 *
 * @param zone the customer's time zone, in which pages show times
 */
public record InventoryView(Long customerId, String customerName, LocalDate day, ZoneId zone, List<InventoryEntry> items) {
}

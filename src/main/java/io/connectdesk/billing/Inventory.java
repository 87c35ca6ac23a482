package io.connectdesk.billing;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.NotFoundException;
import io.connectdesk.customer.EnvironmentKind;

/** The customer's components over time. Every read and change is scoped to one customer. */
@Service
@Transactional
public class Inventory {

	private final InventoryItemRepository items;

	Inventory(InventoryItemRepository items) {
		this.items = items;
	}

	/** The items that count on the day. */
	@Transactional(readOnly = true)
	public List<InventoryItemView> activeOn(Long customerId, LocalDate day) {
		return this.items.findOverlapping(customerId, day, day.plusDays(1)).stream().map(InventoryItem::toView).toList();
	}

	/** The items that count on at least one day of [from, until). */
	@Transactional(readOnly = true)
	public List<InventoryItemView> overlapping(Long customerId, LocalDate from, LocalDate until) {
		return this.items.findOverlapping(customerId, from, until).stream().map(InventoryItem::toView).toList();
	}

	/** Adds a component that counts from the day on. */
	public InventoryItemView add(Long customerId, String componentKey, String environmentKey, EnvironmentKind kind,
			String ticketId, String parametersJson, LocalDate from) {
		return this.items
			.save(new InventoryItem(customerId, componentKey, environmentKey, kind, ticketId, parametersJson, from))
			.toView();
	}

	/** The item counts no more from the day on. */
	public void remove(Long customerId, Long itemId, LocalDate day, String ticketId) {
		this.items.findById(itemId)
			.filter(item -> item.getCustomerId().equals(customerId))
			.orElseThrow(() -> new NotFoundException("inventory-item-not-found", "No inventory item " + itemId))
			.remove(day, ticketId);
	}

}

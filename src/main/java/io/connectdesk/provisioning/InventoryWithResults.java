package io.connectdesk.provisioning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.billing.Inventory;
import io.connectdesk.billing.InventoryItemView;
import io.connectdesk.common.Caller;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.customer.Contracts;
import io.connectdesk.customer.Customers;

/**
 * The customer's inventory as its people and the SREs see it: billing's active items (today in the customer's
 * time zone), each with the current results of that component in that environment. The results of an item are
 * those of the latest DONE provisioning item of the same customer, component and environment that is either the
 * activating ticket's PROVISION or any CHANGE, preferring those that recorded outputs: a change ticket later
 * updates what is shown, while another ticket's PROVISION (another instance, or one not resolved yet) does not.
 */
@Service
@Transactional(readOnly = true)
public class InventoryWithResults {

	public static final String NO_CUSTOMER = "customer-not-found";

	private static final Comparator<ProvisioningItem> LATEST = Comparator.comparing(ProvisioningItem::getUpdatedAt)
		.thenComparing(ProvisioningItem::getId);

	private final Inventory inventory;

	private final ProvisioningItemRepository items;

	private final ItemOutputs outputs;

	private final Customers customers;

	private final Contracts contracts;

	private final Clock clock;

	InventoryWithResults(Inventory inventory, ProvisioningItemRepository items, ItemOutputs outputs, Customers customers,
			Contracts contracts, Clock clock) {
		this.inventory = inventory;
		this.items = items;
		this.outputs = outputs;
		this.customers = customers;
		this.contracts = contracts;
		this.clock = clock;
	}

	/** The caller's own customer's; staff belong to none (they use {@link #of(Caller, Long)}). */
	public InventoryView own(Caller caller) {
		if (caller.customerId() == null) {
			throw new NotFoundException(NO_CUSTOMER, "The inventory is per customer: you belong to none");
		}
		return of(caller, caller.customerId());
	}

	/** A customer's; an unknown customer, or another one than the caller's, is not found. */
	public InventoryView of(Caller caller, Long customerId) {
		String name = customerId == null ? null : this.customers.namesOf(List.of(customerId)).get(customerId);
		if (name == null || !caller.canSee(customerId)) {
			throw new NotFoundException(NO_CUSTOMER, "No customer " + customerId);
		}
		ZoneId zone = this.contracts.detail(customerId).contract().urgentQuota().zone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		Map<String, List<ProvisioningItem>> done = this.items
			.findByCustomerIdAndStatusAndOperationIn(customerId, ItemStatus.DONE, EnumSet.of(Operation.PROVISION, Operation.CHANGE))
			.stream()
			.collect(Collectors.groupingBy(item -> where(item.getComponentKey(), item.getEnvironmentKey())));
		List<InventoryEntry> entries = this.inventory.activeOn(customerId, today)
			.stream()
			.sorted(Comparator.comparing(InventoryItemView::componentKey)
				.thenComparing(InventoryItemView::environmentKey)
				.thenComparing(InventoryItemView::activeFrom)
				.thenComparing(InventoryItemView::id))
			.map(item -> entry(item, done.getOrDefault(where(item.componentKey(), item.environmentKey()), List.of())))
			.toList();
		return new InventoryView(customerId, name, today, zone, entries);
	}

	private InventoryEntry entry(InventoryItemView item, List<ProvisioningItem> done) {
		InventoryResults results = current(item, done).map(this::results).filter(this::worthShowing).orElse(null);
		return new InventoryEntry(item.id(), item.componentKey(), item.environmentKey(), item.environmentKind(),
				item.activatedBy(), item.activeFrom(), results);
	}

	/** The latest candidate that recorded outputs; else the latest one (a manual item's checklist, say). */
	private static Optional<ProvisioningItem> current(InventoryItemView item, List<ProvisioningItem> done) {
		List<ProvisioningItem> candidates = done.stream()
			.filter(candidate -> candidate.getOperation() == Operation.CHANGE
					|| candidate.getTicketId().equals(item.activatedBy()))
			.toList();
		return candidates.stream()
			.filter(candidate -> candidate.getOutputs() != null && !"{}".equals(candidate.getOutputs().strip()))
			.max(LATEST)
			.or(() -> candidates.stream().max(LATEST));
	}

	private InventoryResults results(ProvisioningItem item) {
		Map<String, String> outputs = this.outputs.read(item.getOutputs());
		return new InventoryResults(item.getTicketId(), item.getOperation(), item.getAdapterKind(), outputs,
				certificateUrl(item, outputs), item.getUpdatedAt());
	}

	/** A manual item shows its checklist's outcome only when it has outputs. */
	private boolean worthShowing(InventoryResults results) {
		return !results.isManual() || !results.outputs().isEmpty();
	}

	/** The certificate adapter names its PEM route ({@code chainUrl}); the same route is built when it did not. */
	private static String certificateUrl(ProvisioningItem item, Map<String, String> outputs) {
		if (!InventoryResults.CERTIFICATE_KIND.equals(item.getAdapterKind())) {
			return null;
		}
		return Optional.ofNullable(outputs.get("chainUrl"))
			.orElse("/api/v1/tickets/" + item.getTicketId() + "/certificates/" + item.getComponentKey() + "/"
					+ item.getEnvironmentKey() + ".pem");
	}

	private static String where(String componentKey, String environmentKey) {
		return componentKey + '\u0000' + environmentKey;
	}

}

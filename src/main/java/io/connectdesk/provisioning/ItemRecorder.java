package io.connectdesk.provisioning;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.ticket.LineArgument;
import io.connectdesk.ticket.LineDetail;
import io.connectdesk.ticket.TicketTasks;

/**
 * Records what happened to items: their rows, the ticket's timeline and the events the inventory
 * listens to. Called by the process (delegates, listeners, the incident handler) inside its transaction.
 */
@Service
@Transactional
class ItemRecorder {

	private final ProvisioningItemRepository items;

	private final TicketTasks tickets;

	private final ItemOutputs outputs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ItemRecorder(ProvisioningItemRepository items, TicketTasks tickets, ItemOutputs outputs,
			ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.tickets = tickets;
		this.outputs = outputs;
		this.events = events;
		this.clock = clock;
	}

	ProvisioningItem get(Long itemId) {
		return this.items.findById(itemId).orElseThrow(() -> new IllegalStateException("No provisioning item " + itemId));
	}

	void done(Long itemId, String outputsJson, int attempt) {
		ProvisioningItem item = get(itemId);
		Map<String, String> outputs = this.outputs.read(outputsJson);
		item.done(this.outputs.write(outputs), attempt, this.clock.instant());
		if (item.getOperation() == Operation.DEPROVISION) {
			this.tickets.recordBySystem(item.getTicketId(), ProvisioningLine.DEPROVISIONED,
					LineDetail.of(ProvisioningSentence.ITEM_CONCERNED, where(item)));
			this.events.publishEvent(deprovisioned(item));
		}
		else {
			this.tickets.recordBySystem(item.getTicketId(), ProvisioningLine.PROVISIONED, outputs.isEmpty()
					? LineDetail.of(ProvisioningSentence.ITEM_CONCERNED, where(item))
					: LineDetail.of(ProvisioningSentence.ITEM_WITH_RESULTS, where(item),
							LineArgument.text(ItemOutputs.summary(outputs))));
			this.events.publishEvent(new ItemProvisioned(item.getTicketId(), item.getCustomerId(), item.getComponentKey(),
					item.getEnvironmentKey(), outputs));
		}
	}

	/** Retries are spent: an incident waits for an SRE. */
	void failed(Long itemId, String error) {
		ProvisioningItem item = get(itemId);
		item.failed(error, 0, this.clock.instant());
		this.tickets.recordBySystem(item.getTicketId(), ProvisioningLine.PROVISIONING_FAILED,
				LineDetail.of(ProvisioningSentence.ITEM_WITH_ERROR, where(item), LineArgument.text(error)));
	}

	void compensated(Long itemId) {
		ProvisioningItem item = get(itemId);
		item.compensated(this.clock.instant());
		this.tickets.recordBySystem(item.getTicketId(), ProvisioningLine.DEPROVISIONED,
					LineDetail.of(ProvisioningSentence.ITEM_CONCERNED, where(item)));
		if (item.getOperation() == Operation.PROVISION) {
			this.events.publishEvent(deprovisioned(item));
		}
	}

	/**
	 * After the done items were undone: the unfinished ones are stopped and count as undone too (their adapters'
	 * removal is idempotent, but nothing calls it for them yet: see README).
	 */
	void cancelled(String ticketId) {
		List<ProvisioningItem> ofTicket = this.items.findByTicketIdOrderByIdAsc(ticketId);
		ofTicket.stream()
			.filter(item -> item.getStatus() == ItemStatus.PENDING || item.getStatus() == ItemStatus.FAILED)
			.forEach(item -> item.compensated(this.clock.instant()));
		List<String> undone = ofTicket.stream()
			.filter(item -> item.getStatus() == ItemStatus.COMPENSATED)
			.flatMap(item -> Stream.of(item.getComponentKey(), item.getEnvironmentKey()))
			.toList();
		this.tickets.recordBySystem(ticketId, ProvisioningLine.PROVISIONING_CANCELLED,
				undone.isEmpty() ? null : LineDetail.of(ProvisioningSentence.ITEMS_UNDONE, LineArgument.items(undone)));
	}

	List<ProvisioningItem> ofTicket(String ticketId) {
		return this.items.findByTicketIdOrderByIdAsc(ticketId);
	}

	private static ItemDeprovisioned deprovisioned(ProvisioningItem item) {
		return new ItemDeprovisioned(item.getTicketId(), item.getCustomerId(), item.getComponentKey(), item.getEnvironmentKey());
	}

	/** The item as a timeline argument: its component and environment, named in the reader's language. */
	static LineArgument where(ProvisioningItem item) {
		return LineArgument.item(item.getComponentKey(), item.getEnvironmentKey());
	}

}

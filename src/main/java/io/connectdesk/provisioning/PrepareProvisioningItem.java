package io.connectdesk.provisioning;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.connectdesk.customer.Customers;
import io.connectdesk.ticket.TicketItemView;
import io.connectdesk.ticket.TicketQueries;

/**
 * {@code Task_PrepareItem}: what the item's worker needs, as variables local to the item, so that a
 * remote worker needs no database: the topic of its adapter kind and the request, with the parameters
 * of the ticket's item as a JSON string (none for a free-text ticket's item).
 */
@Component("prepareProvisioningItem")
class PrepareProvisioningItem implements JavaDelegate {

	private final ItemRecorder recorder;

	private final Customers customers;

	private final TicketQueries tickets;

	private final ApplicationEventPublisher events;

	PrepareProvisioningItem(ItemRecorder recorder, Customers customers, TicketQueries tickets, ApplicationEventPublisher events) {
		this.recorder = recorder;
		this.customers = customers;
		this.tickets = tickets;
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProvisioningItem item = this.recorder.get(Provisioning.ITEM_ID.get(execution));
		// Also local to the item's scope: its compensation handler sees only what the item's scope held.
		Provisioning.ITEM_ID.setLocal(execution, item.getId());
		Provisioning.MANUAL.setLocal(execution, item.isManual());
		Provisioning.ADAPTER_TOPIC.setLocal(execution, Provisioning.topicOf(item.getAdapterKind()));
		Provisioning.TICKET_ID.setLocal(execution, item.getTicketId());
		Provisioning.CUSTOMER_ID.setLocal(execution, item.getCustomerId());
		Provisioning.CUSTOMER.setLocal(execution, shortName(this.customers.nameOf(item.getCustomerId())));
		Provisioning.COMPONENT.setLocal(execution, item.getComponentKey());
		Provisioning.ENVIRONMENT.setLocal(execution, item.getEnvironmentKey());
		Provisioning.PARAMETERS.setLocal(execution, ItemParameters.write(parametersOf(item)));
		Provisioning.OUTPUTS.setLocal(execution, "{}");
		Provisioning.ATTEMPT.setLocal(execution, 1);
		if (!item.isManual()) {
			this.events.publishEvent(new ItemWaiting(item.getId()));
		}
	}

	/** The parameters of the ticket's item for that component in that environment, as the ticket now states them. */
	private Map<String, Object> parametersOf(ProvisioningItem item) {
		return this.tickets.items(item.getTicketId())
			.stream()
			.filter(ticketItem -> ticketItem.componentKey().equals(item.getComponentKey())
					&& ticketItem.environmentKey().equals(item.getEnvironmentKey()))
			.findFirst()
			.map(TicketItemView::parameters)
			.orElse(Map.of());
	}

	/** The customer's name, safe in paths and repository names: {@code Acme Corp} becomes {@code acme-corp}. */
	static String shortName(String name) {
		String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "customer" : slug;
	}

}

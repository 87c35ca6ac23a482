package io.connectdesk.provisioning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.connectdesk.customer.Customers;

/**
 * {@code Task_PrepareItem}: what the item's worker needs, as variables local to the item, so that a
 * remote worker needs no database: the topic of its adapter kind and the request.
 */
@Component("prepareProvisioningItem")
class PrepareProvisioningItem implements JavaDelegate {

	private final ItemLedger ledger;

	private final Customers customers;

	PrepareProvisioningItem(ItemLedger ledger, Customers customers) {
		this.ledger = ledger;
		this.customers = customers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProvisioningItem item = this.ledger.get((Long) execution.getVariable(Provisioning.VAR_ITEM_ID));
		// Also local to the item's scope: its compensation handler sees only what the item's scope held.
		execution.setVariableLocal(Provisioning.VAR_ITEM_ID, item.getId());
		execution.setVariableLocal(Provisioning.VAR_MANUAL, item.isManual());
		execution.setVariableLocal(Provisioning.VAR_ADAPTER_TOPIC, Provisioning.topicOf(item.getAdapterKind()));
		execution.setVariableLocal(Provisioning.VAR_TICKET_ID, item.getTicketId());
		execution.setVariableLocal(Provisioning.VAR_CUSTOMER_ID, item.getCustomerId());
		execution.setVariableLocal(Provisioning.VAR_CUSTOMER, shortName(this.customers.nameOf(item.getCustomerId())));
		execution.setVariableLocal(Provisioning.VAR_COMPONENT, item.getComponentKey());
		execution.setVariableLocal(Provisioning.VAR_ENVIRONMENT, item.getEnvironmentKey());
		execution.setVariableLocal(Provisioning.VAR_OUTPUTS, "{}");
		execution.setVariableLocal(Provisioning.VAR_ATTEMPT, 1);
	}

	/** The customer's name, safe in paths and repository names: {@code Acme Corp} becomes {@code acme-corp}. */
	static String shortName(String name) {
		String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "customer" : slug;
	}

}

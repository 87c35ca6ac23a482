package io.connectdesk.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.customer.CustomerChanged;

/** Records every change to a customer, its contract and environments, in the change's transaction. */
@Component
class CustomerAudit {

	private final AuditLog log;

	CustomerAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(CustomerChanged change) {
		this.log.record(change.actor().userId(), change.actor().name(), CustomerChanged.ENTITY_TYPE,
				String.valueOf(change.customerId()), change.action().name(), change.before(), change.after());
	}

}

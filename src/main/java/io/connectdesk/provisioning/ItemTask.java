package io.connectdesk.provisioning;

import java.util.List;
import java.util.function.Function;

/**
 * One external task of an item, as any worker (in-process or remote) reads it from its variables.
 *
 * @param undo whether it is {@code Task_UndoItem}, the compensation, rather than the item's operation
 * @param parameters the item's request parameters as a JSON object (see {@link ItemParameters})
 */
record ItemTask(String topic, boolean undo, Operation operation, String ticketId, Long customerId, String customer,
		String componentKey, String environmentKey, String parameters) {

	/** The variables {@link #of} reads: a worker fetches only these. */
	static final List<String> VARIABLES = List.of(Provisioning.OPERATION.name(), Provisioning.TICKET_ID.name(),
			Provisioning.CUSTOMER_ID.name(), Provisioning.CUSTOMER.name(), Provisioning.COMPONENT.name(),
			Provisioning.ENVIRONMENT.name(), Provisioning.PARAMETERS.name());

	static ItemTask of(String topic, String activityId, Function<String, Object> variables) {
		return new ItemTask(topic, Provisioning.TASK_UNDO_ITEM.equals(activityId), Provisioning.OPERATION.from(variables),
				Provisioning.TICKET_ID.from(variables), Provisioning.CUSTOMER_ID.from(variables),
				Provisioning.CUSTOMER.from(variables), Provisioning.COMPONENT.from(variables),
				Provisioning.ENVIRONMENT.from(variables), Provisioning.PARAMETERS.findIn(variables).orElse(null));
	}

	ProvisioningRequest request() {
		return new ProvisioningRequest(this.ticketId, this.customerId, this.customer, this.componentKey,
				this.environmentKey, ItemParameters.read(this.parameters));
	}

}

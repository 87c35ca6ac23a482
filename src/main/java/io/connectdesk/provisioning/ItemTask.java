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
	static final List<String> VARIABLES = List.of(Provisioning.VAR_OPERATION, Provisioning.VAR_TICKET_ID,
			Provisioning.VAR_CUSTOMER_ID, Provisioning.VAR_CUSTOMER, Provisioning.VAR_COMPONENT, Provisioning.VAR_ENVIRONMENT,
			Provisioning.VAR_PARAMETERS);

	static ItemTask of(String topic, String activityId, Function<String, Object> variables) {
		return new ItemTask(topic, Provisioning.TASK_UNDO_ITEM.equals(activityId),
				Operation.valueOf((String) variables.apply(Provisioning.VAR_OPERATION)),
				(String) variables.apply(Provisioning.VAR_TICKET_ID),
				((Number) variables.apply(Provisioning.VAR_CUSTOMER_ID)).longValue(),
				(String) variables.apply(Provisioning.VAR_CUSTOMER), (String) variables.apply(Provisioning.VAR_COMPONENT),
				(String) variables.apply(Provisioning.VAR_ENVIRONMENT),
				(String) variables.apply(Provisioning.VAR_PARAMETERS));
	}

	ProvisioningRequest request() {
		return new ProvisioningRequest(this.ticketId, this.customerId, this.customer, this.componentKey,
				this.environmentKey, ItemParameters.read(this.parameters));
	}

}

package io.connectdesk.provisioning;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Camunda's incident for an external task whose retries are spent, which also marks the item FAILED with
 * the adapter's message, whichever worker (in-process or remote) reported the failure.
 */
class FailedItemIncidents extends DefaultIncidentHandler {

	private final ObjectProvider<ItemLedger> ledger;

	FailedItemIncidents(ObjectProvider<ItemLedger> ledger) {
		super(Incident.EXTERNAL_TASK_HANDLER_TYPE);
		this.ledger = ledger;
	}

	@Override
	public Incident handleIncident(IncidentContext context, String message) {
		Incident incident = super.handleIncident(context, message);
		if (context.getExecutionId() != null) {
			ExecutionEntity execution = Context.getCommandContext().getExecutionManager().findExecutionById(context.getExecutionId());
			Object itemId = execution == null ? null : execution.getVariable(Provisioning.VAR_ITEM_ID);
			if (itemId instanceof Long id && Provisioning.PROCESS_KEY.equals(processKeyOf(execution))) {
				this.ledger.getObject().failed(id, message);
			}
		}
		return incident;
	}

	private static String processKeyOf(ExecutionEntity execution) {
		return execution.getProcessDefinition() == null ? null : execution.getProcessDefinition().getKey();
	}

}

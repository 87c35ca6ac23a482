package io.connectdesk.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Installs the engine's incident handler for external tasks: Camunda's own incident, then every
 * {@link ExternalTaskIncidents} bean is told. The beans are looked up when an incident happens, not when the
 * engine is built: they may depend on the engine themselves.
 */
@Component
class IncidentHandling extends AbstractCamundaConfiguration {

	private final ObjectProvider<ExternalTaskIncidents> listeners;

	IncidentHandling(ObjectProvider<ExternalTaskIncidents> listeners) {
		this.listeners = listeners;
	}

	@Override
	public void preInit(SpringProcessEngineConfiguration configuration) {
		List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomIncidentHandlers());
		handlers.add(new RetriesSpent(this.listeners));
		configuration.setCustomIncidentHandlers(handlers);
	}

	/** Camunda's incident for an external task whose retries are spent, told to the features. */
	static final class RetriesSpent extends DefaultIncidentHandler {

		private final ObjectProvider<ExternalTaskIncidents> listeners;

		RetriesSpent(ObjectProvider<ExternalTaskIncidents> listeners) {
			super(Incident.EXTERNAL_TASK_HANDLER_TYPE);
			this.listeners = listeners;
		}

		@Override
		public Incident handleIncident(IncidentContext context, String message) {
			Incident incident = super.handleIncident(context, message);
			if (context.getExecutionId() != null) {
				ExecutionEntity execution = Context.getCommandContext().getExecutionManager().findExecutionById(context.getExecutionId());
				if (execution != null) {
					var told = new ExternalTaskIncidents.Incident(processKeyOf(execution), message, execution::getVariable);
					this.listeners.orderedStream().forEach(listener -> listener.retriesSpent(told));
				}
			}
			return incident;
		}

		private static String processKeyOf(ExecutionEntity execution) {
			return execution.getProcessDefinition() == null ? null : execution.getProcessDefinition().getKey();
		}

	}

}

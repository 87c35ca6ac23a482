package io.connectdesk.incident;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.workflow.ProcessVariables;
import io.connectdesk.workflow.Workflow;

/**
 * Starts an incident's {@code Incident} process in the transaction that opened it (one per incident, none per
 * repeated alert); its first step, the primary's page, runs in that transaction too ({@code Task_PagePrimary}).
 */
@Component
class IncidentStarts {

	private final Workflow workflow;

	private final IncidentSettings settings;

	IncidentStarts(Workflow workflow, IncidentSettings settings) {
		this.workflow = workflow;
		this.settings = settings;
	}

	@EventListener
	void opened(IncidentOpened incident) {
		this.workflow.start(IncidentProcess.PROCESS_KEY, IncidentProcess.keyOf(incident.incidentId()),
				ProcessVariables.of(IncidentProcess.PRIMARY_WAIT.value(this.settings.primaryWait().toString()),
						IncidentProcess.SECONDARY_WAIT.value(this.settings.secondaryWait().toString())));
	}

}

package io.connectdesk.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A paging service task of {@code incident.bpmn}: pages its rung about the instance's incident. */
abstract class PagingStep implements JavaDelegate {

	private final IncidentPaging paging;

	private final IncidentPaging.Rung rung;

	PagingStep(IncidentPaging paging, IncidentPaging.Rung rung) {
		this.paging = paging;
		this.rung = rung;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.paging.page(IncidentProcess.idOf(execution.getProcessBusinessKey()), this.rung);
	}

}

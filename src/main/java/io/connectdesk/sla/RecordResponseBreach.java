package io.connectdesk.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordResponseBreach}: the first response is overdue. */
@Component("recordResponseBreach")
class RecordResponseBreach implements JavaDelegate {

	private final ServiceLevels serviceLevels;

	RecordResponseBreach(ServiceLevels serviceLevels) {
		this.serviceLevels = serviceLevels;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.serviceLevels.breach(execution.getProcessBusinessKey(), ServiceLevelTarget.FIRST_RESPONSE);
		execution.setVariable(ServiceLevelProcess.VAR_RESPONSE_BREACHED, true);
	}

}

package io.connectdesk.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordResolutionBreach}: the resolution is overdue. */
@Component("recordResolutionBreach")
class RecordResolutionBreach implements JavaDelegate {

	private final ServiceLevels serviceLevels;

	RecordResolutionBreach(ServiceLevels serviceLevels) {
		this.serviceLevels = serviceLevels;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.serviceLevels.breach(execution.getProcessBusinessKey(), ServiceLevelTarget.RESOLUTION);
		execution.setVariable(ServiceLevelProcess.VAR_RESOLUTION_BREACHED, true);
	}

}

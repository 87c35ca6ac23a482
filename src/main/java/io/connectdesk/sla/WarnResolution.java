package io.connectdesk.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_WarnResolution}: the warning share of the resolution target has passed. */
@Component("warnResolution")
class WarnResolution implements JavaDelegate {

	private final ServiceLevels serviceLevels;

	WarnResolution(ServiceLevels serviceLevels) {
		this.serviceLevels = serviceLevels;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.serviceLevels.warn(execution.getProcessBusinessKey(), ServiceLevelTarget.RESOLUTION);
		execution.setVariable(ServiceLevelProcess.VAR_RESOLUTION_WARNED, true);
	}

}

package io.connectdesk.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_WarnFirstResponse}: the warning share of the first-response target has passed. */
@Component("warnFirstResponse")
class WarnFirstResponse implements JavaDelegate {

	private final ServiceLevels serviceLevels;

	WarnFirstResponse(ServiceLevels serviceLevels) {
		this.serviceLevels = serviceLevels;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.serviceLevels.warn(execution.getProcessBusinessKey(), ServiceLevelTarget.FIRST_RESPONSE);
		execution.setVariable(ServiceLevelProcess.VAR_RESPONSE_WARNED, true);
	}

}

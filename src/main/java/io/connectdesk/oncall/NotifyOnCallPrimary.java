package io.connectdesk.oncall;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyPrimary}: mails the on-call primary about the ticket. */
@Component("notifyOnCallPrimary")
class NotifyOnCallPrimary implements JavaDelegate {

	private final LadderSteps steps;

	NotifyOnCallPrimary(LadderSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.notifyPrimary(execution.getProcessBusinessKey());
	}

}

package io.connectdesk.oncall;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_NotifySecondary}: mails the on-call secondary about the ticket. */
@Component("notifyOnCallSecondary")
class NotifyOnCallSecondary implements JavaDelegate {

	private final LadderSteps steps;

	NotifyOnCallSecondary(LadderSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.notifySecondary(execution.getProcessBusinessKey());
	}

}

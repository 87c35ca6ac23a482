package io.connectdesk.oncall;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_NotifyExperts}: mails the experts; their task comes next in the model. */
@Component("notifyExperts")
class NotifyExperts implements JavaDelegate {

	private final LadderSteps steps;

	NotifyExperts(LadderSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean byHand = EscalationLadder.BY_HAND.find(execution).orElse(false);
		this.steps.notifyExperts(execution.getProcessBusinessKey(), !byHand);
	}

}

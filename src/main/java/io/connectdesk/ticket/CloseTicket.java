package io.connectdesk.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseTicket}: the reopen window ended, so the ticket closes. */
@Component("closeTicket")
class CloseTicket implements JavaDelegate {

	private final TicketTasks work;

	CloseTicket(TicketTasks work) {
		this.work = work;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.work.closeAfterReopenWindow(execution.getProcessBusinessKey());
	}

}

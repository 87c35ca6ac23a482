package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiTestSupport;

/**
 * A filing's process passes its start event and a gateway before it waits in the review: neither gets an activity
 * history row ({@link PassThroughSteps}); the review does, and so does the process instance. (The diagram that
 * puts the two back is checked by {@code LiveStateTest}.)
 */
class PassThroughStepsTest extends ApiTestSupport {

	@Autowired
	private HistoryService history;

	@Test
	void aFilingRecordsOnlyTheStepItWaitsIn() {
		String ticket = fileTicket(basic(newPerson("Rita", newCustomer("Steps Corp"), Role.REQUESTER)), "Steps");

		String instance = processInstanceOf(ticket);
		assertThat(this.history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
			.extracting(HistoricActivityInstance::getActivityId)
			.containsExactly("Task_ReviewTicket");
		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getStartActivityId())
			.isEqualTo("Event_TicketSubmitted");
	}

}

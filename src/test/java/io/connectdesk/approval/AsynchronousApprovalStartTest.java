package io.connectdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import io.connectdesk.workflow.InlineContinuations;

/**
 * {@code Task_ReadCostFacts} is asynchronous: the SRE's acceptance only leaves a job, and what the approval
 * needs (the cost, the policy, the approvers' mails) happens when the job runs. Here the test runs the job
 * itself, as the job executor would, to see the moment in between and a failing job.
 */
@TestPropertySource(properties = InlineContinuations.DISABLED)
class AsynchronousApprovalStartTest extends ApprovalTestSupport {

	private static final String TASK_READ_COST_FACTS = "Task_ReadCostFacts";

	@BeforeEach
	void setUp() {
		aCustomerWithTwoApprovers();
	}

	@Test
	void acceptanceLeavesAJobAndTheTicketAwaitsApprovalOnceItRan() {
		String ticket = acceptedTicketChangingCost(this.requester, "Bigger database", "30.00", "130.00");

		assertThat(status(this.sre, ticket)).as("accepted, the approval not started yet").isEqualTo("IN_PROGRESS");
		assertThat(notices(ticket, "APPROVAL_REQUESTED")).isEmpty();

		this.management.executeJob(readCostFactsJob(ticket).getId());

		assertThat(status(this.sre, ticket)).isEqualTo("WAITING_FOR_APPROVAL");
		assertThat(notices(ticket, "APPROVAL_REQUESTED")).extracting(row -> row.get("RECIPIENT"))
			.containsExactlyInAnyOrder(this.anaEmail, this.benEmail);
	}

	@Test
	void aFailingStartBecomesARetryNotAnErrorOfTheAcceptance() {
		String ticket = acceptedTicketChangingCost(this.requester, "Bigger queue", "30.00", "130.00");
		// The cost vanishes between the acceptance and the job: reading the facts fails.
		this.jdbc.update("update ticket set mru_delta = 0 where id = ?", Long.parseLong(ticket.substring("REQ-".length())));
		Job job = readCostFactsJob(ticket);
		int retries = job.getRetries();

		assertThatThrownBy(() -> this.management.executeJob(job.getId())).hasMessageContaining("changes no cost");

		Job retried = readCostFactsJob(ticket);
		assertThat(retried.getRetries()).isEqualTo(retries - 1);
		assertThat(retried.getExceptionMessage()).contains("changes no cost");
		assertThat(status(this.sre, ticket)).isEqualTo("IN_PROGRESS");

		this.jdbc.update("update ticket set mru_delta = 30.00 where id = ?", Long.parseLong(ticket.substring("REQ-".length())));
		this.management.executeJob(retried.getId());
		assertThat(status(this.sre, ticket)).isEqualTo("WAITING_FOR_APPROVAL");
	}

	private Job readCostFactsJob(String ticket) {
		Job job = this.management.createJobQuery().activityId(TASK_READ_COST_FACTS).list().stream()
			.filter(candidate -> ticket.equals(this.runtime.getVariable(candidate.getProcessInstanceId(), CostApproval.VAR_TICKET_ID)))
			.findFirst()
			.orElse(null);
		assertThat(job).as("the job of " + TASK_READ_COST_FACTS + " for " + ticket).isNotNull();
		return job;
	}

}

package io.connectdesk.journey;

import static io.connectdesk.ticket.TicketLifecycle.EVENT_REOPEN_WINDOW_ENDS;
import static io.connectdesk.ticket.TicketLifecycle.EVENT_TICKET_REOPENED;
import static io.connectdesk.ticket.TicketLifecycle.TASK_ANSWER;
import static io.connectdesk.ticket.TicketLifecycle.TASK_FULFIL;
import static io.connectdesk.ticket.TicketLifecycle.TASK_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.common.Role;
import io.connectdesk.ticket.TicketStatus;

/**
 * A ticket's life over the real API, step by step; after each step the ticket's status and the
 * process's state must agree. The requester works in a browser session, the SRE with HTTP Basic.
 * Runs once per database: see the subclasses.
 */
abstract class TicketJourney extends ApiTestSupport {

	/** The event-based gateway after resolution: Camunda waits in it, not in the events behind it. */
	private static final String GATEWAY_REOPEN_OR_CLOSE = "Gateway_ReopenOrClose";

	@Autowired
	private ManagementService management;

	@Autowired
	private RuntimeService runtime;

	private ApiClient requester;

	private ApiClient sre;

	private String ticketId;

	private String taskId;

	@BeforeEach
	void peopleOfTheDesk() {
		Long acme = newCustomer("Acme");
		this.requester = signIn(newPerson("Rita", acme, Role.REQUESTER));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
	}

	@Test
	void ticketIsAskedAboutAnsweredAcceptedResolvedAndClosesWhenTheReopenWindowEnds() {
		requesterFilesTicket();
		sreClaimsTheReview();
		sreAsksAQuestion();
		requesterAnswersWithAPublicReply();
		sreClaimsTheReview();
		sreAcceptsTheTicket();
		sreClaimsTheFulfilment();
		sreResolvesTheTicket();
		reopenWindowEnds();
	}

	@Test
	void requesterReopensAResolvedTicketAndItGoesBackToFulfilment() {
		requesterFilesTicket();
		sreClaimsTheReview();
		sreAcceptsTheTicket();
		sreClaimsTheFulfilment();
		sreResolvesTheTicket();
		String firstFulfilment = this.taskId;
		requesterReopensTheTicket();
		assertThat(this.taskId).as("a new fulfilment task").isNotEqualTo(firstFulfilment);
		sreClaimsTheFulfilment();
		sreResolvesTheTicket();
	}

	private void requesterFilesTicket() {
		this.ticketId = fileTicket(this.requester, "Activate container service");
		ticketIs(TicketStatus.IN_REVIEW, TASK_REVIEW);
	}

	private void sreClaimsTheReview() {
		this.taskId = openTask(this.sre, this.ticketId);
		succeeds(this.sre.post("/api/v1/tasks/" + this.taskId + "/claim", null));
		ticketIs(TicketStatus.IN_REVIEW, TASK_REVIEW);
		assertThat(ticket(this.sre, this.ticketId).at("/tasks/0/assignee").asText()).isNotBlank();
	}

	private void sreAsksAQuestion() {
		complete("ASK", "Which namespace should it run in?");
		ticketIs(TicketStatus.WAITING_FOR_CUSTOMER, TASK_ANSWER);
		assertThat(ticket(this.requester, this.ticketId).at("/tasks/0/kind").asText()).isEqualTo("ANSWER");
	}

	private void requesterAnswersWithAPublicReply() {
		succeeds(this.requester.post("/api/v1/tickets/" + this.ticketId + "/replies",
				Map.of("body", "In the payments namespace, please.", "internal", false)));
		ticketIs(TicketStatus.IN_REVIEW, TASK_REVIEW);
		assertThat(ticket(this.requester, this.ticketId).path("conversation").findValuesAsText("body"))
			.containsExactly("Which namespace should it run in?", "In the payments namespace, please.");
	}

	private void sreAcceptsTheTicket() {
		complete("ACCEPT", null);
		ticketIs(TicketStatus.IN_PROGRESS, TASK_FULFIL);
	}

	private void sreClaimsTheFulfilment() {
		this.taskId = openTask(this.sre, this.ticketId);
		succeeds(this.sre.post("/api/v1/tasks/" + this.taskId + "/claim", null));
		ticketIs(TicketStatus.IN_PROGRESS, TASK_FULFIL);
	}

	private void sreResolvesTheTicket() {
		complete("RESOLVE", "Activated in production.");
		ticketIsResolvedAndWaitsForAReopenOrTheWindowToEnd();
		assertThat(ticket(this.requester, this.ticketId).path("reopenableUntil").asText()).isNotBlank();
	}

	private void requesterReopensTheTicket() {
		succeeds(this.requester.post("/api/v1/tickets/" + this.ticketId + "/reopen", Map.of("reason", "It is not reachable.")));
		ticketIs(TicketStatus.IN_PROGRESS, TASK_FULFIL);
		this.taskId = openTask(this.sre, this.ticketId);
	}

	private void reopenWindowEnds() {
		reopenWindowEnds(this.ticketId);
		ticketIs(TicketStatus.CLOSED);
		assertThat(ticket(this.requester, this.ticketId).path("timeline").findValuesAsText("kind")).last().isEqualTo("CLOSED");
	}

	private void complete(String outcome, String comment) {
		succeeds(this.sre.post("/api/v1/tasks/" + this.taskId + "/complete",
				comment == null ? Map.of("outcome", outcome) : Map.of("outcome", outcome, "comment", comment)));
	}

	/** Resolved: the event-based gateway waits for the reopen message and for the timer, whichever comes first. */
	private void ticketIsResolvedAndWaitsForAReopenOrTheWindowToEnd() {
		ticketIs(TicketStatus.RESOLVED, GATEWAY_REOPEN_OR_CLOSE);
		String process = processInstanceOf(this.ticketId);
		assertThat(this.runtime.createEventSubscriptionQuery().processInstanceId(process).activityId(EVENT_TICKET_REOPENED).count())
			.as("waits for " + EVENT_TICKET_REOPENED).isOne();
		assertThat(this.management.createJobQuery().processInstanceId(process).activityId(EVENT_REOPEN_WINDOW_ENDS).timers().count())
			.as("waits for " + EVENT_REOPEN_WINDOW_ENDS).isOne();
	}

	/** The ticket's status as the requester sees it, and where its process waits (nowhere once ended). */
	private void ticketIs(TicketStatus status, String... activeElements) {
		assertThat(ticket(this.requester, this.ticketId).path("status").asText()).as("status of " + this.ticketId)
			.isEqualTo(status.name());
		assertThat(processWaitsIn(this.ticketId)).as("process of " + this.ticketId)
			.containsExactlyInAnyOrder(activeElements);
	}

}

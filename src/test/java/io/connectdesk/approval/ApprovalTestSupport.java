package io.connectdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;
import io.connectdesk.notification.NoticeTexts;
import io.connectdesk.ticket.TicketCosts;

/**
 * A customer (STANDARD plan: increases up to 50 MRU need one approval, larger ones two) with a
 * requester, two approvers and an SRE; tickets filed, costed and accepted through the real API.
 */
abstract class ApprovalTestSupport extends ApiTestSupport {

	@Autowired
	private NoticeTexts noticeTexts;

	@Autowired
	TicketCosts costs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	Long customer;

	String requesterEmail;

	String anaEmail;

	String benEmail;

	ApiClient requester;

	ApiClient ana;

	ApiClient ben;

	ApiClient sre;

	void aCustomerWithTwoApprovers() {
		this.customer = newCustomer("Approvals");
		this.requesterEmail = newPerson("Rita", this.customer, Role.REQUESTER);
		this.anaEmail = newPerson("Ana", this.customer, Role.APPROVER, Role.REQUESTER);
		this.benEmail = newPerson("Ben", this.customer, Role.APPROVER, Role.REQUESTER);
		this.requester = basic(this.requesterEmail);
		this.ana = basic(this.anaEmail);
		this.ben = basic(this.benEmail);
		this.sre = basic(newPerson("Sam", null, Role.SRE));
	}

	/** Filed by the requester, costed right after filing, and accepted by the SRE: approvers are asked. */
	String acceptedTicketChangingCost(ApiClient by, String title, String delta, String total) {
		String ticket = fileTicket(by, title);
		this.costs.record(ticket, new BigDecimal(delta), total == null ? null : new BigDecimal(total));
		claimAndComplete(this.sre, ticket, "ACCEPT", null);
		return ticket;
	}

	static ApiClient.Response decide(ApiClient approver, String ticket, String verdict, String comment) {
		return approver.post("/api/v1/approvals/" + ticket + "/decisions",
				comment == null ? Map.of("verdict", verdict) : Map.of("verdict", verdict, "comment", comment));
	}

	static String status(ApiClient client, String ticket) {
		return ticket(client, ticket).path("status").asText();
	}

	static List<String> timeline(ApiClient client, String ticket) {
		return ticket(client, ticket).path("timeline").findValuesAsText("kind");
	}

	static String timelineDetail(ApiClient client, String ticket, String kind) {
		for (JsonNode entry : ticket(client, ticket).path("timeline")) {
			if (kind.equals(entry.path("kind").asText())) {
				return entry.path("detail").asText();
			}
		}
		throw new AssertionError("no " + kind + " on the timeline of " + ticket);
	}

	/** The notices of the ticket as they are mailed (the outbox keeps what to say): kind, recipient, subject, body. */
	List<Map<String, Object>> notices(String ticket) {
		return this.noticeTexts.of(ticket).stream()
			.<Map<String, Object>>map(notice -> Map.of("KIND", notice.kind().name(), "RECIPIENT", notice.recipient(),
					"SUBJECT", notice.subject(), "BODY", notice.body()))
			.toList();
	}

	List<Map<String, Object>> notices(String ticket, String kind) {
		return notices(ticket).stream().filter(row -> kind.equals(row.get("KIND"))).toList();
	}

	/** The timer of the ticket's CostApproval instance waiting in that boundary event. */
	Job timer(String ticket, String boundaryEvent) {
		String approval = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(CostApproval.PROCESS_KEY)
			.variableValueEquals(CostApproval.VAR_TICKET_ID, ticket)
			.singleResult()
			.getId();
		Job job = this.management.createJobQuery().processInstanceId(approval).activityId(boundaryEvent).singleResult();
		assertThat(job).as(boundaryEvent + " of " + ticket).isNotNull();
		return job;
	}

}

package io.connectdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/** Who may decide on a cost change, substitutes, reminders and expiry, and tenancy: the rules around the process. */
class CostApprovalTest extends ApprovalTestSupport {

	@BeforeEach
	void setUp() {
		aCustomerWithTwoApprovers();
	}

	@Test
	void requesterCannotApproveTheirOwnTicketButAnotherApproverCan() {
		String ticket = acceptedTicketChangingCost(this.ana, "Add a WAF", "30", "330");
		assertThat(notices(ticket, "APPROVAL_REQUESTED")).extracting(row -> row.get("RECIPIENT"))
			.as("the requester is not asked").containsExactly(this.benEmail.toLowerCase());

		ApiClient.Response own = decide(this.ana, ticket, "APPROVE", null);

		assertThat(own.status()).isEqualTo(403);
		assertThat(own.code()).isEqualTo("self-approval");
		assertThat(status(this.ana, ticket)).isEqualTo("WAITING_FOR_APPROVAL");
		succeeds(decide(this.ben, ticket, "APPROVE", null));
		assertThat(status(this.ana, ticket)).isEqualTo("IN_PROGRESS");
	}

	@Test
	void theSameApproverCountsOnce() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add two environments", "120", "420");
		succeeds(decide(this.ana, ticket, "APPROVE", null));

		ApiClient.Response twice = decide(this.ana, ticket, "APPROVE", null);

		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.code()).isEqualTo("approval-already-given");
		assertThat(ticket(this.ana, ticket).path("status").asText()).isEqualTo("WAITING_FOR_APPROVAL");
		assertThat(this.ana.get("/api/v1/approvals/" + ticket).json().path("approvalsGiven").asInt()).isEqualTo(1);
	}

	@Test
	void onlyApproversAndTheirSubstitutesDecide() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add a NAT egress", "30", "330");
		String colleague = newPerson("Carl", this.customer, Role.REQUESTER);

		ApiClient.Response refused = decide(basic(colleague), ticket, "APPROVE", null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("not-an-approver");
		ApiClient.Response staff = decide(this.sre, ticket, "APPROVE", null);
		assertThat(staff.status()).isEqualTo(403);
		assertThat(basic(colleague).get("/api/v1/approvals").json()).isEmpty();
	}

	@Test
	void aSubstituteDecidesForTheApproverOnTheDaysNamedAndTheDecisionNamesBoth() {
		String bea = newPerson("Bea", this.customer, Role.REQUESTER);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		ApiClient.Response named = this.ana.post("/api/v1/approvals/substitutes",
				Map.of("substitute", bea, "from", today.toString(), "until", today.plusDays(3).toString()));
		assertThat(named.status()).as(named.toString()).isEqualTo(201);
		assertThat(named.json().path("active").asBoolean()).isTrue();
		String ticket = acceptedTicketChangingCost(this.requester, "Add monitoring", "-20", "280");
		assertThat(notices(ticket, "APPROVAL_REQUESTED")).extracting(row -> row.get("RECIPIENT")).contains(bea.toLowerCase());

		ApiClient substitute = basic(bea);
		assertThat(substitute.get("/api/v1/approvals").json().findValuesAsText("ticketId")).containsExactly(ticket);
		ApiClient.Response decided = decide(substitute, ticket, "APPROVE", "Ana is away; agreed by phone");

		assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
		assertThat(decided.json().path("decisions").get(0).path("decidedBy").asText()).isEqualTo("Bea");
		assertThat(decided.json().path("decisions").get(0).path("onBehalfOf").asText()).isEqualTo("Ana");
		assertThat(timelineDetail(this.requester, ticket, "APPROVAL_GIVEN")).startsWith("Bea for Ana");
		assertThat(status(this.requester, ticket)).isEqualTo("IN_PROGRESS");
	}

	@Test
	void aSubstituteOutsideTheirDaysCannotDecideAndAnApproverCannotUseBothAuthorities() {
		String bea = newPerson("Bea", this.customer, Role.REQUESTER);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		succeeds(this.ana.post("/api/v1/approvals/substitutes",
				Map.of("substitute", bea, "from", today.plusDays(5).toString(), "until", today.plusDays(6).toString())));
		succeeds(this.ana.post("/api/v1/approvals/substitutes",
				Map.of("substitute", this.benEmail, "from", today.toString(), "until", today.toString())));
		String ticket = acceptedTicketChangingCost(this.requester, "Add a cluster", "700", "1000");

		assertThat(decide(basic(bea), ticket, "APPROVE", null).status()).as("not yet Bea's days").isEqualTo(403);
		succeeds(decide(this.ben, ticket, "APPROVE", null));
		ApiClient.Response forAna = decide(this.ben, ticket, "APPROVE", null);
		assertThat(forAna.status()).as("Ben cannot count as Ben and as Ana's substitute").isEqualTo(409);
		assertThat(status(this.requester, ticket)).isEqualTo("WAITING_FOR_APPROVAL");
	}

	@Test
	void substitutesMustBeOfTheOrganizationAndEndOnlyByTheirApprover() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String stranger = newPerson("Sid", newCustomer("Other"), Role.REQUESTER);
		ApiClient.Response foreign = this.ana.post("/api/v1/approvals/substitutes",
				Map.of("substitute", stranger, "from", today.toString(), "until", today.minusDays(1).toString()));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.body()).contains("substitute", "until");
		assertThat(this.requester.post("/api/v1/approvals/substitutes",
				Map.of("substitute", this.anaEmail, "from", today.toString(), "until", today.toString())).status()).isEqualTo(403);

		ApiClient.Response named = this.ana.post("/api/v1/approvals/substitutes",
				Map.of("substitute", this.requesterEmail, "from", today.toString(), "until", today.toString()));
		long id = named.json().path("id").asLong();
		assertThat(this.ben.delete("/api/v1/approvals/substitutes/" + id).status()).isEqualTo(404);
		assertThat(this.ana.delete("/api/v1/approvals/substitutes/" + id).status()).isEqualTo(204);
		assertThat(this.ana.get("/api/v1/approvals/substitutes").json()).isEmpty();
	}

	@Test
	void pendingApproversAreRemindedUntilTheyDecide() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add a VPN link", "600", "900");
		succeeds(decide(this.ana, ticket, "APPROVE", null));

		Job reminder = timer(ticket, CostApproval.EVENT_REMINDER_DUE);
		ClockUtil.setCurrentTime(Date.from(reminder.getDuedate().toInstant().plusSeconds(1)));
		this.management.executeJob(reminder.getId());

		assertThat(timeline(this.requester, ticket)).contains("APPROVAL_REMINDED");
		assertThat(notices(ticket, "APPROVAL_REMINDED")).extracting(row -> row.get("RECIPIENT"))
			.as("only who has not decided").containsExactly(this.benEmail.toLowerCase());
		assertThat(status(this.requester, ticket)).isEqualTo("WAITING_FOR_APPROVAL");
		assertThat(timer(ticket, CostApproval.EVENT_REMINDER_DUE).getDuedate()).isAfter(reminder.getDuedate());
	}

	@Test
	void withoutEnoughApprovalsTheApprovalExpiresAndEndsTheTicket() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add blue-green", "30", "330");

		Job deadline = timer(ticket, CostApproval.EVENT_APPROVAL_DEADLINE);
		assertThat(deadline.getDuedate().toInstant()).isBetween(Instant.now().plus(Duration.ofDays(14)).minusSeconds(600),
				Instant.now().plus(Duration.ofDays(14)).plusSeconds(60));
		ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plusSeconds(1)));
		this.management.executeJob(deadline.getId());

		assertThat(status(this.requester, ticket)).isEqualTo("APPROVAL_EXPIRED");
		assertThat(processWaitsIn(ticket)).isEmpty();
		assertThat(notices(ticket, "APPROVAL_EXPIRED")).extracting(row -> row.get("RECIPIENT"))
			.containsExactly(this.requesterEmail.toLowerCase());
		ApiClient.Response late = decide(this.ana, ticket, "APPROVE", null);
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.code()).isEqualTo("approval-already-decided");
	}

	@Test
	void anotherCustomersApproverGetsNotFound() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add a gateway", "30", "330");
		Long globex = newCustomer("Globex");
		ApiClient stranger = basic(newPerson("Gina", globex, Role.APPROVER, Role.REQUESTER));

		for (ApiClient.Response response : new ApiClient.Response[] { stranger.get("/api/v1/approvals/" + ticket),
				decide(stranger, ticket, "APPROVE", null), stranger.get("/api/v1/approvals/REQ-999999999") }) {
			assertThat(response.status()).as(response.toString()).isEqualTo(404);
			assertThat(response.code()).isEqualTo("approval-not-found");
			assertThat(response.body()).doesNotContain("Add a gateway");
		}
		assertThat(stranger.get("/api/v1/approvals").json()).isEmpty();
		assertThat(status(this.requester, ticket)).isEqualTo("WAITING_FOR_APPROVAL");
	}

	@Test
	void ticketsWithoutCostChangeGoStraightToFulfilment() {
		String ticket = fileTicket(this.requester, "A question");
		this.costs.record(ticket, java.math.BigDecimal.ZERO, null);
		claimAndComplete(this.sre, ticket, "ACCEPT", null);

		assertThat(status(this.requester, ticket)).isEqualTo("IN_PROGRESS");
		assertThat(this.ana.get("/api/v1/approvals/" + ticket).status()).isEqualTo(404);
	}

}

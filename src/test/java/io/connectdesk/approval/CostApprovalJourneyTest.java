package io.connectdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.journey.ApiClient;
import io.connectdesk.ticket.TicketLifecycle;

/** Issue 4, part 4, over HTTP: a costly ticket waits for its approvers, then is fulfilled; or its cost is rejected. */
class CostApprovalJourneyTest extends ApprovalTestSupport {

	@BeforeEach
	void setUp() {
		aCustomerWithTwoApprovers();
	}

	@Test
	void largeIncreaseNeedsTwoApprovalsThenIsFulfilledAndResolved() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add a production database", "600", "900");

		// Step 1: the ticket waits for approval; the policy's decision is on its timeline
		JsonNode seen = ticket(this.requester, ticket);
		assertThat(seen.path("status").asText()).isEqualTo("WAITING_FOR_APPROVAL");
		assertThat(seen.path("mruDelta").decimalValue()).isEqualByComparingTo("600");
		assertThat(seen.path("monthlyMruAfter").decimalValue()).isEqualByComparingTo("900");
		assertThat(timelineDetail(this.requester, ticket, "APPROVAL_REQUESTED")).contains("2 approvals needed", "large increase");
		assertThat(processWaitsIn(ticket)).contains(TicketLifecycle.TASK_APPROVE_COST);
		assertThat(notices(ticket, "APPROVAL_REQUESTED")).extracting(row -> row.get("RECIPIENT"))
			.containsExactlyInAnyOrder(this.anaEmail.toLowerCase(), this.benEmail.toLowerCase());

		// Step 2: both approvers see it in their inbox, with the delta and the new total
		ApiClient.Response inbox = this.ana.get("/api/v1/approvals");
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.json().findValuesAsText("ticketId")).containsExactly(ticket);
		assertThat(inbox.json().get(0).path("mruDelta").decimalValue()).isEqualByComparingTo("600");
		assertThat(inbox.json().get(0).path("monthlyMruAfter").decimalValue()).isEqualByComparingTo("900");
		assertThat(inbox.json().get(0).path("requestedAt").asText()).isNotBlank();
		assertThat(this.requester.get("/api/v1/approvals").json()).as("a requester's inbox").isEmpty();

		// Step 3: the first approval is not enough
		ApiClient.Response first = decide(this.ana, ticket, "APPROVE", "Budgeted for Q3");
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().path("approvalsGiven").asInt()).isEqualTo(1);
		assertThat(status(this.requester, ticket)).isEqualTo("WAITING_FOR_APPROVAL");
		assertThat(this.ana.get("/api/v1/approvals").json().get(0).path("canDecide").asBoolean()).isFalse();

		// Step 4: the second distinct approver lets it through to fulfilment
		succeeds(decide(this.ben, ticket, "APPROVE", null));
		assertThat(status(this.requester, ticket)).isEqualTo("IN_PROGRESS");
		assertThat(processWaitsIn(ticket)).containsExactly(TicketLifecycle.TASK_FULFIL);
		assertThat(timeline(this.requester, ticket)).containsSubsequence("ACCEPTED", "APPROVAL_REQUESTED", "APPROVAL_GIVEN",
				"APPROVAL_GIVEN", "COST_APPROVED");
		assertThat(this.ana.get("/api/v1/approvals").json()).isEmpty();

		// Step 5: the SRE fulfils and resolves it
		claimAndComplete(this.sre, ticket, "RESOLVE", "Database created");
		assertThat(status(this.requester, ticket)).isEqualTo("RESOLVED");
	}

	@Test
	void rejectedCostEndsTheTicketAndTellsRequesterAndCcWhy() {
		String colleague = newAddressWithoutAccount("Cora", this.customer);
		Map<String, Object> request = new java.util.LinkedHashMap<>(ticketRequest("Open a VPN link"));
		request.put("cc", List.of(colleague));
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", request);
		succeeds(filed);
		String ticket = filed.json().path("id").asText();
		this.costs.record(ticket, new java.math.BigDecimal("30"), new java.math.BigDecimal("330"));
		claimAndComplete(this.sre, ticket, "ACCEPT", null);
		Snapshot before = snapshot(this.sre, ticket);

		ApiClient.Response withoutReason = decide(this.ana, ticket, "REJECT", " ");
		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.body()).contains("comment");
		assertThat(snapshot(this.sre, ticket)).as("a refused decision changes nothing").isEqualTo(before);

		succeeds(decide(this.ana, ticket, "REJECT", "Not in this year's budget"));

		assertThat(status(this.requester, ticket)).isEqualTo("COST_REJECTED");
		assertThat(processWaitsIn(ticket)).as("the ticket's process has ended").isEmpty();
		assertThat(timelineDetail(this.requester, ticket, "COST_REJECTED")).contains("Ana", "Not in this year's budget");
		assertThat(notices(ticket, "COST_REJECTED")).extracting(row -> row.get("RECIPIENT"))
			.containsExactlyInAnyOrder(this.requesterEmail.toLowerCase(), colleague.toLowerCase());
		assertThat(notices(ticket, "COST_REJECTED")).allSatisfy(row -> assertThat((String) row.get("BODY"))
			.contains("Not in this year's budget", ticket));
		ApiClient.Response again = decide(this.ben, ticket, "APPROVE", null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("approval-already-decided");
	}

}

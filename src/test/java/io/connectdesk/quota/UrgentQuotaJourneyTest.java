package io.connectdesk.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.ticket.TicketLifecycle;
import io.connectdesk.workflow.WorkTask;
import io.connectdesk.workflow.UserTasks;

/** Urgent slots over the real HTTP API and pages: taken at filing, refused when spent, given back once. */
class UrgentQuotaJourneyTest extends QuotaTestSupport {

	@Autowired
	UrgentQuotas quotas;

	@Autowired
	UserTasks workflow;

	@Test
	void anUrgentTicketTakesASlotAndOnceTheyAreSpentIsFiledAsNormalAndTheRequesterIsToldWhy() {
		Long customer = customerWithSlots(1, "Europe/Madrid");
		ApiClient requester = basic(newPerson("Rita", customer, Role.REQUESTER));

		JsonNode first = requester.post("/api/v1/tickets", urgentRequest("Production is down")).json();
		ApiClient.Response second = requester.post("/api/v1/tickets", urgentRequest("Production is down again"));

		assertThat(first.path("urgent").asBoolean()).isTrue();
		assertThat(first.has("urgentRefused")).isFalse();
		assertThat(second.status()).isEqualTo(201);
		JsonNode refused = second.json();
		assertThat(refused.path("urgent").asBoolean()).isFalse();
		assertThat(refused.path("urgentRefused").path("code").asText()).isEqualTo("urgent-quota-spent");
		assertThat(refused.path("urgentRefused").path("message").asText()).contains("handled as normal");
		JsonNode quota = requester.get("/api/v1/quota").json();
		assertThat(quota.path("slots").asInt()).isEqualTo(1);
		assertThat(quota.path("used").asInt()).isEqualTo(1);
		assertThat(quota.path("left").asInt()).isZero();
		assertThat(Instant.parse(refused.path("urgentRefused").path("periodEnds").asText()))
			.isEqualTo(Instant.parse(quota.path("periodEnd").asText()));
		assertThat(ZonedDateTime.ofInstant(Instant.parse(quota.path("periodStart").asText()), java.time.ZoneId.of("Europe/Madrid")))
			.satisfies(start -> assertThat(start.getDayOfMonth()).isEqualTo(1))
			.satisfies(start -> assertThat(start.getHour()).isZero());
		String refusedId = refused.path("id").asText();
		assertThat(ticket(requester, refusedId).path("timeline").findValuesAsText("kind")).containsExactly("FILED", "URGENT_REFUSED");
		assertThat(notices(refusedId, "URGENT_REFUSED")).isEqualTo(1);
		assertThat(notices(first.path("id").asText(), "URGENT_REFUSED")).isZero();
		// the timeline says why in the reader's language (issue 16), with a plural form for the slots
		assertThat(requester.get("/api/v1/tickets/" + refusedId).json().path("timeline").findValuesAsText("detail"))
			.anySatisfy(detail -> assertThat(detail).startsWith("The one urgent slot of this period is used: the ticket is handled as normal."));
		assertThat(requester.get("/api/v1/tickets/" + refusedId, Map.of("Accept-Language", "es")).json().path("timeline")
			.findValuesAsText("detail"))
			.anySatisfy(detail -> assertThat(detail).startsWith("El único cupo urgente de este periodo ya se usó: el ticket se trata como normal."));
		List<WorkTask> review = this.workflow.openTasks(List.of(processInstanceOf(refusedId)));
		assertThat(review).singleElement().satisfies(task -> assertThat(task.priority()).isEqualTo(TicketLifecycle.PRIORITY_NORMAL));
	}

	@Test
	void anSreDowngradeGivesTheSlotBackOnceAndLowersTheTaskPriority() {
		Long customer = customerWithSlots(1, "UTC");
		ApiClient requester = basic(newPerson("Rita", customer, Role.REQUESTER));
		ApiClient sre = basic(newPerson("Sam", null, Role.SRE));
		String ticket = requester.post("/api/v1/tickets", urgentRequest("Urgent, really")).json().path("id").asText();
		assertThat(requester.get("/api/v1/quota").json().path("left").asInt()).isZero();
		assertThat(this.workflow.openTasks(List.of(processInstanceOf(ticket))))
			.singleElement().satisfies(task -> assertThat(task.priority()).isEqualTo(TicketLifecycle.PRIORITY_URGENT));

		ApiClient.Response byRequester = requester.post("/api/v1/tickets/" + ticket + "/downgrade", Map.of("reason", "Mine"));
		ApiClient.Response withoutReason = sre.post("/api/v1/tickets/" + ticket + "/downgrade", Map.of("reason", " "));
		ApiClient.Response downgraded = sre.post("/api/v1/tickets/" + ticket + "/downgrade", Map.of("reason", "Not an outage"));
		ApiClient.Response again = sre.post("/api/v1/tickets/" + ticket + "/downgrade", Map.of("reason", "Twice"));

		assertThat(byRequester.status()).isEqualTo(403);
		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.body()).contains("reason");
		assertThat(downgraded.status()).as(downgraded.toString()).isEqualTo(200);
		assertThat(downgraded.json().path("urgent").asBoolean()).isFalse();
		assertThat(downgraded.json().path("timeline").findValuesAsText("kind")).contains("DOWNGRADED");
		assertThat(downgraded.json().path("timeline").findValuesAsText("detail")).contains("Not an outage");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("ticket-not-urgent");
		assertThat(requester.get("/api/v1/quota").json().path("left").asInt()).isEqualTo(1);
		assertThat(this.workflow.openTasks(List.of(processInstanceOf(ticket))))
			.allSatisfy(task -> assertThat(task.priority()).isEqualTo(TicketLifecycle.PRIORITY_NORMAL));
		assertThat(notices(ticket, "DOWNGRADED")).isEqualTo(1);
	}

	@Test
	void aTicketRejectedAtReviewGivesItsSlotBackAndGivingItBackTwiceGivesItOnce() {
		Long customer = customerWithSlots(2, "UTC");
		ApiClient requester = basic(newPerson("Rita", customer, Role.REQUESTER));
		ApiClient sre = basic(newPerson("Sam", null, Role.SRE));
		String rejected = requester.post("/api/v1/tickets", urgentRequest("Not for us")).json().path("id").asText();
		requester.post("/api/v1/tickets", urgentRequest("Keeps its slot"));
		assertThat(requester.get("/api/v1/quota").json().path("used").asInt()).isEqualTo(2);

		claimAndComplete(sre, rejected, "REJECT", "We do not provide this");
		boolean secondReturn = this.quotas.giveBack(rejected, "test", SlotReturn.REJECTED);

		assertThat(secondReturn).isFalse();
		assertThat(requester.get("/api/v1/quota").json().path("used").asInt()).isEqualTo(1);
		assertThat(usedInDatabase(customer)).isEqualTo(1);
		assertThat(slotsHeldInDatabase(customer)).isEqualTo(1);
		JsonNode current = requester.get("/api/v1/quota/history").json().get(0);
		assertThat(current.path("current").asBoolean()).isTrue();
		assertThat(current.path("events").findValuesAsText("kind")).containsExactly("TAKEN", "TAKEN", "RETURNED");
		assertThat(current.path("events").get(2).path("ticketId").asText()).isEqualTo(rejected);
		assertThat(current.path("events").get(2).path("reason").asText()).isEqualTo("REJECTED");
	}

	@Test
	void aNewPeriodHasFreshSlotsAndThePreviousOneStaysInTheHistory() {
		Long customer = customerWithSlots(1, "Europe/Madrid");
		ApiClient requester = basic(newPerson("Rita", customer, Role.REQUESTER));
		String lastMonths = requester.post("/api/v1/tickets", urgentRequest("Last month")).json().path("id").asText();
		Instant nextPeriod = Instant.parse(requester.get("/api/v1/quota").json().path("periodEnd").asText());

		ClockUtil.setCurrentTime(Date.from(nextPeriod.plusSeconds(1)));

		JsonNode quota = requester.get("/api/v1/quota").json();
		assertThat(quota.path("used").asInt()).isZero();
		assertThat(quota.path("left").asInt()).isEqualTo(1);
		assertThat(Instant.parse(quota.path("periodStart").asText())).isEqualTo(nextPeriod);
		JsonNode thisMonth = requester.post("/api/v1/tickets", urgentRequest("This month")).json();
		assertThat(thisMonth.path("urgent").asBoolean()).isTrue();
		JsonNode history = requester.get("/api/v1/quota/history").json();
		assertThat(history).hasSize(2);
		assertThat(history.get(1).path("current").asBoolean()).isFalse();
		assertThat(history.get(1).path("events").findValuesAsText("ticketId")).containsExactly(lastMonths);
	}

	@Test
	void theQuotaIsTheCallersOwnCustomersAndItsPagesShowIt() {
		Long customer = customerWithSlots(3, "Europe/Madrid");
		String rita = newPerson("Rita", customer, Role.REQUESTER);
		String ticket = basic(rita).post("/api/v1/tickets", urgentRequest("Quota page")).json().path("id").asText();
		ApiClient admin = signIn(newPerson("Ada", null, Role.ADMIN));
		ApiClient requesterPages = signIn(rita);

		assertThat(basic(newPerson("Sam", null, Role.SRE)).get("/api/v1/quota").status()).isEqualTo(403);
		assertThat(requesterPages.get("/tickets/new").body()).contains("Urgent slots left in this period: 2 of 3");
		ApiClient.Response own = requesterPages.get("/quota");
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains(ticket, "Took a slot", "Rita");
		ApiClient.Response asAdmin = admin.get("/admin/customers/" + customer + "/quota");
		assertThat(asAdmin.status()).isEqualTo(200);
		assertThat(asAdmin.body()).contains(ticket);
		assertThat(requesterPages.get("/admin/customers/" + customer + "/quota").status()).isIn(302, 403);
		assertThat(basic(rita).get("/api/v1/admin/customers/" + customer + "/quota").status()).isEqualTo(403);
		assertThat(basic(newPerson("Adam", null, Role.ADMIN)).get("/api/v1/admin/customers/999999999/quota").status())
			.isEqualTo(404);
	}

	@Test
	void theNewTicketFormSaysTheQuotaIsSpentAndAnUrgentTicketFiledThereIsToldWhyItIsNormal() {
		Long customer = customerWithSlots(0, "Europe/Madrid");
		ApiClient browser = signIn(newPerson("Rita", customer, Role.REQUESTER));
		assertThat(browser.get("/tickets/new").body()).contains("has used its urgent slots of this period");

		ApiClient.Response filed = browser.postForm("/tickets", Map.of("type", "INCIDENT", "title", "Form urgent",
				"description", "Down", "urgent", "true"));

		assertThat(filed.status()).as(filed.toString()).isEqualTo(302);
		String location = filed.header("Location").orElseThrow().replace("http://localhost:" + this.port, "");
		String page = browser.get(location).body();
		assertThat(page).contains("the ticket is handled as normal", "Filed as normal: urgent quota spent");
	}

	@Test
	void anSreDowngradesFromTheTicketPage() {
		Long customer = customerWithSlots(1, "UTC");
		ApiClient requester = basic(newPerson("Rita", customer, Role.REQUESTER));
		String ticket = requester.post("/api/v1/tickets", urgentRequest("Page downgrade")).json().path("id").asText();
		ApiClient sre = signIn(newPerson("Sam", null, Role.SRE));
		assertThat(sre.get("/tickets/" + ticket).body()).contains("/tickets/" + ticket + "/downgrade");
		assertThat(signIn(newPerson("Reed", customer, Role.REQUESTER)).get("/tickets/" + ticket).body())
			.doesNotContain("/downgrade");

		ApiClient.Response posted = sre.postForm("/tickets/" + ticket + "/downgrade", Map.of("reason", "Can wait"));

		assertThat(posted.status()).isEqualTo(302);
		assertThat(ticket(requester, ticket).path("urgent").asBoolean()).isFalse();
		assertThat(requester.get("/api/v1/quota").json().path("left").asInt()).isEqualTo(1);
	}

}

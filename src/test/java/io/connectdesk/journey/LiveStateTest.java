package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.ticket.TicketCosts;
import io.connectdesk.ticket.TicketKeys;

/**
 * Issue 16's live state and the ticket's own diagram over HTTP: the stamps a page polls change when what it
 * shows changes and answer 304 while nothing did; the queue's counts follow a filing; the diagram endpoint
 * names the steps done and the current one, with customer labels only.
 */
class LiveStateTest extends ApiTestSupport {

	@Autowired
	private TicketCosts costs;

	@Autowired
	private JdbcTemplate jdbc;

	private Long acme;

	private String rita;

	private ApiClient requester;

	private ApiClient sre;

	@BeforeEach
	void aCustomerARequesterAndAnSre() {
		this.acme = newCustomer("Acme");
		this.rita = newPerson("Rita", this.acme, Role.REQUESTER);
		this.requester = basic(this.rita);
		this.sre = basic(newPerson("Sam", null, Role.SRE));
	}

	@Test
	void theTicketStampAnswers304UntilAPublicReplyButNotForAStaffNote() {
		String ticket = fileTicket(this.requester, "Live ticket");
		ApiClient.Response first = this.requester.get(live(ticket));
		assertThat(first.status()).isEqualTo(200);
		String etag = first.header("ETag").orElseThrow();
		assertThat(this.requester.get(live(ticket), Map.of("If-None-Match", etag)).status()).isEqualTo(304);

		succeeds(this.sre.post("/api/v1/tickets/" + ticket + "/replies", Map.of("body", "Staff only", "internal", true)));
		assertThat(this.requester.get(live(ticket), Map.of("If-None-Match", etag)).status())
			.as("an internal note tells the customer nothing").isEqualTo(304);

		succeeds(this.sre.post("/api/v1/tickets/" + ticket + "/replies", Map.of("body", "Looking at it", "internal", false)));
		ApiClient.Response changed = this.requester.get(live(ticket), Map.of("If-None-Match", etag));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.header("ETag").orElseThrow()).isNotEqualTo(etag);
		assertThat(changed.json().path("stamp").asText()).isNotBlank();
	}

	@Test
	void theQueueCountsChangeAfterAFilingAndAnswer304Before() {
		ApiClient.Response before = this.sre.get("/api/v1/queue/live?view=REVIEW&customer=" + this.acme);
		assertThat(before.status()).isEqualTo(200);
		assertThat(before.json().path("counts").path("REVIEW").asInt()).isZero();
		String etag = before.header("ETag").orElseThrow();
		assertThat(this.sre.get("/api/v1/queue/live?view=REVIEW&customer=" + this.acme, Map.of("If-None-Match", etag)).status())
			.isEqualTo(304);

		fileTicket(this.requester, "Count me");
		fileTicket(this.requester, "Count me too");

		ApiClient.Response after = this.sre.get("/api/v1/queue/live?view=REVIEW&customer=" + this.acme,
				Map.of("If-None-Match", etag));
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.json().path("counts").path("REVIEW").asInt()).isEqualTo(2);
		assertThat(after.json().path("counts").path("WAITING").asInt()).isZero();
		assertThat(after.json().path("cap").asInt()).isPositive();
		assertThat(this.requester.get("/api/v1/queue/live").status()).as("staff only").isEqualTo(403);
	}

	@Test
	void theDiagramShowsTheReviewAsCurrentThenAsDoneAfterAcceptanceWithCustomerLabelsOnly() {
		String ticket = fileTicket(this.requester, "Diagram ticket");

		ApiClient.Response atReview = this.requester.get(process(ticket));
		assertThat(atReview.status()).as(atReview.toString()).isEqualTo(200);
		JsonNode lifecycle = atReview.json().path("models").get(0);
		assertThat(lifecycle.path("processKey").asText()).isEqualTo("TicketLifecycle");
		assertThat(texts(lifecycle.path("current"))).containsExactly("Task_ReviewTicket");
		assertThat(texts(lifecycle.path("done"))).as("steps the engine passes without a history row, put back")
			.containsExactly("Event_TicketSubmitted", "Gateway_Incident", "Gateway_ToReview");
		String xml = lifecycle.path("xml").asText();
		assertThat(xml).contains("id=\"Task_ReviewTicket\"", "name=\"Our team reviews it\"", "bpmndi:BPMNShape")
			.doesNotContain("camunda:", "documentation", "name=\"Review ticket\"", "${");
		assertThat(atReview.json().path("cockpitUrl").isNull()).as("no Cockpit for customers").isTrue();
		String etag = atReview.header("ETag").orElseThrow();
		assertThat(this.requester.get(process(ticket), Map.of("If-None-Match", etag)).status()).isEqualTo(304);

		claimAndComplete(this.sre, ticket, "ACCEPT", null);

		ApiClient.Response accepted = this.requester.get(process(ticket), Map.of("If-None-Match", etag));
		assertThat(accepted.status()).isEqualTo(200);
		JsonNode after = accepted.json().path("models").get(0);
		assertThat(texts(after.path("done"))).startsWith("Event_TicketSubmitted", "Gateway_Incident", "Gateway_ToReview", "Task_ReviewTicket",
				"Gateway_ReviewOutcome", "Gateway_CostChanges", "Gateway_ToFulfilment")
			.as("the cost approval's gateway, on a path not taken").doesNotContain("Task_ApproveCost", "Gateway_ApprovalOutcome");
		assertThat(texts(after.path("current"))).isNotEmpty().doesNotContain("Task_ReviewTicket");
		ApiClient.Response staff = this.sre.get(process(ticket));
		assertThat(staff.json().path("cockpitUrl").asText()).startsWith("/camunda/app/cockpit/default/#/process-instance/");
		assertThat(staff.json().path("models").get(0).path("xml").asText()).as("staff see the model's names where no label")
			.contains("name=\"Our team reviews it\"");
	}

	@Test
	void whileTheCostApprovalRunsTheDiagramShowsItBesideTheLifecycle() throws InterruptedException {
		Long customer = newCustomer("Approving");
		ApiClient filer = basic(newPerson("Rhea", customer, Role.REQUESTER));
		newPerson("Abe", customer, Role.APPROVER, Role.REQUESTER);
		String ticket = fileTicket(filer, "Costly change");
		this.costs.record(ticket, new BigDecimal("30"), new BigDecimal("330"));
		claimAndComplete(this.sre, ticket, "ACCEPT", null);

		JsonNode models = filer.get(process(ticket)).json().path("models");
		for (int tries = 0; models.size() < 2 && tries < 40; tries++) {
			Thread.sleep(250); // the approval starts in a job
			models = filer.get(process(ticket)).json().path("models");
		}
		assertThat(models.size()).isEqualTo(2);
		assertThat(texts(models.get(0).path("current"))).containsExactly("Task_ApproveCost");
		assertThat(models.get(1).path("processKey").asText()).isEqualTo("CostApproval");
		assertThat(models.get(1).path("title").asText()).isEqualTo("Cost approval");
		assertThat(texts(models.get(1).path("current"))).isNotEmpty();
		assertThat(models.get(1).path("xml").asText()).contains("name=\"Approvers decide\"").doesNotContain("camunda:");
	}

	@Test
	void anotherCustomersTicketIsNotFoundOnTheLiveAndDiagramEndpoints() {
		String ticket = fileTicket(this.requester, "Secret live ticket");
		ApiClient stranger = basic(newPerson("Gus", newCustomer("Globex"), Role.REQUESTER));

		assertThat(stranger.get(live(ticket)).status()).isEqualTo(404);
		assertThat(stranger.get(process(ticket)).status()).isEqualTo(404);
		assertThat(stranger.get(process(ticket)).body()).doesNotContain("Secret live ticket", "TicketLifecycle");
	}

	@Test
	void theTicketAndQueuePagesCarryTheirWatchAndLiveRegions() {
		String ticket = fileTicket(this.requester, "Watched ticket");
		String page = signIn(this.rita).get("/tickets/" + ticket).body();
		assertThat(page).contains("id=\"live-watch\"", "data-live-src=\"/api/v1/tickets/" + ticket + "/live\"",
				"id=\"live-tasks\"", "id=\"live-conversation\"", "id=\"process-diagram\"", "/js/live.js", "/js/diagram.js",
				"bpmn-navigated-viewer.production.min.js");
		String queue = signIn(newPerson("Sue", null, Role.SRE)).get("/queue").body();
		assertThat(queue).contains("data-live-src=\"/api/v1/queue/live\"", "data-count-for=\"REVIEW\"", "id=\"live-queue\"");
	}

	/** The page carries the stamp it was rendered at: a change before the page's first poll is not missed. */
	@Test
	void theTicketPageCarriesTheStampItWasRenderedAt() {
		String ticket = fileTicket(this.requester, "Stamped ticket");
		String page = signIn(this.rita).get("/tickets/" + ticket).body();
		String etag = this.requester.get(live(ticket)).header("ETag").orElseThrow();
		assertThat(page).contains("data-live-etag=\"" + etag.replace("\"", "&quot;") + "\"");

		succeeds(this.sre.post("/api/v1/tickets/" + ticket + "/replies", Map.of("body", "After the page", "internal", false)));
		assertThat(this.requester.get(live(ticket), Map.of("If-None-Match", etag)).status())
			.as("the page's first poll fetches the reply").isEqualTo(200);
	}

	/**
	 * A line's id comes from its node's block (V72): another node's line, committed after a poll, may have a lower
	 * id than every line the poll saw. Written here as that node would have, with an id below all others.
	 */
	@Test
	void aTimelineLineWithALowerIdThanAnySeenStillChangesTheStamp() {
		String ticket = fileTicket(this.requester, "Two nodes' lines");
		String etag = this.requester.get(live(ticket)).header("ETag").orElseThrow();

		long lower = this.jdbc.queryForObject("select min(id) - 1 from ticket_event", Long.class);
		this.jdbc.update("insert into ticket_event (id, ticket_id, kind, actor_name, created_at) values (?, ?, 'REPLIED', "
				+ "'Another node', current_timestamp)", lower, TicketKeys.parse(ticket).orElseThrow());
		assertThat(this.requester.get(live(ticket), Map.of("If-None-Match", etag)).status()).isEqualTo(200);
	}

	private static String live(String ticket) {
		return "/api/v1/tickets/" + ticket + "/live";
	}

	private static String process(String ticket) {
		return "/api/v1/tickets/" + ticket + "/process";
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asText()));
		return texts;
	}

}

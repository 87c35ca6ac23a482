package io.connectdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.identity.Accounts;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/**
 * The SRE queue's views over real HTTP: which tickets each view lists and in which order (urgent
 * first, the nearest due time, none last, oldest), the filters, the pager, staff only; claims and
 * escalations move tickets between views.
 */
class QueueViewsTest extends ApiTestSupport {

	private static final AtomicLong IDS = new AtomicLong(900_000_000L);

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Accounts people;

	@Autowired
	private ManagementService management;

	@Autowired
	private RuntimeService runtime;

	private Long customer;

	private long requesterId;

	private ApiClient sre;

	private long sreId;

	@BeforeEach
	void aCustomerAndAnSre() {
		this.customer = newCustomer("Queue Views");
		this.requesterId = this.people.findByEmail(newPerson("Rita", this.customer, Role.REQUESTER)).orElseThrow().userId();
		String sreEmail = newPerson("Sam", null, Role.SRE);
		this.sreId = this.people.findByEmail(sreEmail).orElseThrow().userId();
		this.sre = basic(sreEmail);
	}

	@Test
	void eachViewListsItsTicketsUrgentFirstThenTheNearestDueTimeNoneLastThenOldest() {
		Instant now = Instant.now();
		String a = row("IN_REVIEW", false, now.plus(Duration.ofHours(5)), "COMPONENT_ACTIVATION", "container-service");
		String b = row("IN_REVIEW", true, now.plus(Duration.ofHours(10)), "COMPONENT_ACTIVATION", "source-repository");
		String c = row("IN_REVIEW", false, null, "QUESTION", null);
		String d = row("IN_REVIEW", false, now.plus(Duration.ofHours(1)), "COMPONENT_ACTIVATION", "monitoring");
		String e = row("IN_REVIEW", true, now.plus(Duration.ofHours(3)), "INCIDENT", null);
		String f = row("IN_REVIEW", false, now.plus(Duration.ofHours(5)), "COMPONENT_ACTIVATION", "container-service");
		String w = row("WAITING_FOR_CUSTOMER", false, now.plus(Duration.ofHours(1)), "QUESTION", null);
		String p = row("IN_PROGRESS", false, now.plus(Duration.ofMinutes(30)), "VPN_LINK", "vpn-link");
		String q = row("IN_PROGRESS", false, now.plus(Duration.ofHours(30)), "VPN_LINK", null);
		String r = row("IN_PROGRESS", true, now.minus(Duration.ofHours(1)), "INCIDENT", null);
		String z = row("CLOSED", true, now.plus(Duration.ofHours(1)), "INCIDENT", null);
		mark(q, "sla_warned = true");
		mark(p, "escalated = true, escalated_at = current_timestamp");
		mark(a, "assignee_id = " + this.sreId);

		assertThat(view("REVIEW")).containsExactly(e, b, d, a, f, c);
		assertThat(view("WAITING")).containsExactly(w);
		assertThat(view("URGENT")).containsExactly(r, e, b).doesNotContain(z);
		assertThat(view("BREACHING")).as("due within 2 h or warned, clock running").containsExactly(r, p, d, q);
		assertThat(view("ESCALATED")).containsExactly(p);
		assertThat(view("MINE")).containsExactly(a);
	}

	@Test
	void filtersByCustomerTypeAndComponentCategory() {
		Instant now = Instant.now();
		String infra = row("IN_REVIEW", false, now.plus(Duration.ofHours(1)), "COMPONENT_ACTIVATION", "container-service");
		String dev = row("IN_REVIEW", false, now.plus(Duration.ofHours(2)), "COMPONENT_ACTIVATION", "source-repository");
		String question = row("IN_REVIEW", false, now.plus(Duration.ofHours(3)), "QUESTION", null);
		Long other = newCustomer("Elsewhere");
		Long otherRequester = this.people.findByEmail(newPerson("Olga", other, Role.REQUESTER)).orElseThrow().userId();
		String elsewhere = insert(other, otherRequester, "IN_REVIEW", false, now, "QUESTION", null);

		assertThat(view("REVIEW")).containsExactly(infra, dev, question).doesNotContain(elsewhere);
		assertThat(ids(this.sre.get("/api/v1/queue?view=REVIEW&customer=" + other).json())).containsExactly(elsewhere);
		assertThat(view("REVIEW", "&type=QUESTION")).containsExactly(question);
		assertThat(view("REVIEW", "&category=INFRASTRUCTURE")).containsExactly(infra);
		assertThat(view("REVIEW", "&category=DEVELOPMENT")).containsExactly(dev);
		assertThat(view("REVIEW", "&category=MONITORING")).isEmpty();
		assertThat(view("BREACHING", "&category=INFRASTRUCTURE")).containsExactly(infra);
		assertThat(view("REVIEW", "&type=QUESTION&category=DEVELOPMENT")).isEmpty();
	}

	@Test
	void thePagerSaysWhetherAnotherPageFollows() {
		Instant now = Instant.now();
		List<String> filed = List.of(row("IN_REVIEW", false, now.plusSeconds(60), "QUESTION", null),
				row("IN_REVIEW", false, now.plusSeconds(120), "QUESTION", null),
				row("IN_REVIEW", false, now.plusSeconds(180), "QUESTION", null));

		JsonNode first = page("REVIEW", 0, 2);
		JsonNode second = page("REVIEW", 1, 2);

		assertThat(ids(first)).containsExactly(filed.get(0), filed.get(1));
		assertThat(first.path("hasNext").asBoolean()).isTrue();
		assertThat(ids(second)).containsExactly(filed.get(2));
		assertThat(second.path("hasNext").asBoolean()).isFalse();
	}

	@Test
	void eachRowSaysWhatAnSreNeeds() {
		String ticket = fileTicket(basic(newPerson("Rick", this.customer, Role.REQUESTER)), "Open the firewall");

		JsonNode item = this.sre.get("/api/v1/queue?customer=" + this.customer).json().path("content").get(0);

		assertThat(item.path("ticketId").asText()).isEqualTo(ticket);
		assertThat(item.path("title").asText()).isEqualTo("Open the firewall");
		assertThat(item.path("customer").asText()).startsWith("Queue Views");
		assertThat(item.path("type").asText()).isEqualTo("INFRASTRUCTURE_CHANGE");
		assertThat(item.path("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(item.path("urgent").asBoolean()).isFalse();
		assertThat(item.path("assignee").isNull()).isTrue();
		assertThat(item.path("dueAt").isNull()).as("the service level's first response").isFalse();
		assertThat(item.path("taskKind").asText()).isEqualTo("REVIEW");
	}

	@Test
	void aClaimPutsTheTicketInMyWorkAndCompletingTakesItOut() {
		String ticket = fileTicket(basic(newPerson("Rick", this.customer, Role.REQUESTER)), "Add a database");
		String task = this.sre.get("/api/v1/queue?customer=" + this.customer).json().path("content").get(0).path("taskId").asText();

		succeeds(this.sre.post("/api/v1/tasks/" + task + "/claim", null));
		JsonNode mine = this.sre.get("/api/v1/queue?view=MINE").json().path("content");
		assertThat(ids(this.sre.get("/api/v1/queue?view=MINE").json())).containsExactly(ticket);
		assertThat(mine.get(0).path("assignee").asText()).isEqualTo("Sam");
		succeeds(this.sre.post("/api/v1/tasks/" + task + "/unclaim", null));
		assertThat(view("MINE")).isEmpty();

		succeeds(this.sre.post("/api/v1/tasks/" + task + "/claim", null));
		succeeds(this.sre.post("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "ACCEPT")));

		assertThat(view("MINE")).isEmpty();
		assertThat(view("REVIEW")).isEmpty();
		JsonNode accepted = this.sre.get("/api/v1/queue?view=URGENT&customer=" + this.customer).json();
		assertThat(ids(accepted)).isEmpty();
		assertThat(this.sre.get("/api/v1/queue?view=BREACHING&customer=" + this.customer).status()).isEqualTo(200);
	}

	@Test
	void anEscalationToTheExpertsShowsInTheEscalatedView() {
		String ticket = fileTicket(basic(newPerson("Rick", this.customer, Role.REQUESTER)), "Strange firewall rule");
		ApiClient expert = basic(newPerson("Eve", null, Role.SRE, Role.EXPERT));
		assertThat(ids(expert.get("/api/v1/queue?view=ESCALATED&customer=" + this.customer).json())).isEmpty();

		succeeds(this.sre.post("/api/v1/tickets/" + ticket + "/escalations", Map.of("note", "Looks like a WAF bug")));
		theLadderStepsRun(ticket);

		JsonNode escalated = expert.get("/api/v1/queue?view=ESCALATED&customer=" + this.customer).json();
		assertThat(ids(escalated)).containsExactly(ticket);
		assertThat(escalated.path("content").get(0).path("escalatedAt").isNull()).isFalse();
	}

	@Test
	void theQueueIsForStaffOnlyAndNamesABadParameter() {
		ApiClient requester = basic(newPerson("Rick", this.customer, Role.REQUESTER));
		ApiClient.Response refused = requester.get("/api/v1/queue");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("staff-only");
		assertThat(requester.get("/api/v1/queue?view=ESCALATED").status()).isEqualTo(403);

		ApiClient.Response bad = this.sre.get("/api/v1/queue?view=EVERYTHING");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("view");
		assertThat(this.sre.get("/api/v1/queue?category=FURNITURE").status()).isEqualTo(400);
	}

	private void theLadderStepsRun(String ticket) {
		String ladder = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey("EscalationLadder")
			.processInstanceBusinessKey(ticket)
			.singleResult()
			.getId();
		for (Job job : this.management.createJobQuery().processInstanceId(ladder).executable().list()) {
			this.management.executeJob(job.getId());
		}
	}

	private List<String> view(String view) {
		return view(view, "");
	}

	private List<String> view(String view, String filters) {
		ApiClient.Response found = this.sre.get("/api/v1/queue?view=" + view + "&customer=" + this.customer + filters);
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return ids(found.json());
	}

	private JsonNode page(String view, int page, int size) {
		return this.sre.get("/api/v1/queue?view=" + view + "&customer=" + this.customer + "&page=" + page + "&size=" + size)
			.json();
	}

	private static List<String> ids(JsonNode page) {
		return page.path("content").findValuesAsText("ticketId");
	}

	private String row(String status, boolean urgent, Instant nextDueAt, String type, String component) {
		return insert(this.customer, this.requesterId, status, urgent, nextDueAt, type, component);
	}

	/** A ticket row as the ticket module keeps it (the queue marks included), without a process. */
	private String insert(Long customerId, long requester, String status, boolean urgent, Instant nextDueAt, String type,
			String component) {
		long id = IDS.incrementAndGet();
		boolean inQueue = QueueMarks.isQueued(TicketStatus.valueOf(status));
		OffsetDateTime due = nextDueAt == null ? null : OffsetDateTime.ofInstant(nextDueAt, ZoneOffset.UTC);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc.update("insert into ticket (id, version, customer_id, requester_id, type, title, description, urgent, status, "
				+ "created_at, updated_at, next_due_at, in_queue) values (?, 0, ?, ?, ?, ?, 'd', ?, ?, ?, ?, ?, ?)", id,
				customerId, requester, type, "Ticket " + id, urgent, status, now, now, due, inQueue);
		if (component != null) {
			this.jdbc.update("insert into ticket_component (ticket_id, component_key) values (?, ?)", id, component);
		}
		return TicketKeys.format(id);
	}

	private void mark(String ticket, String assignments) {
		this.jdbc.update("update ticket set " + assignments + " where id = ?", TicketKeys.parse(ticket).orElseThrow());
	}

}

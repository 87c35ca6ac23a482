package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.customer.Actor;
import io.connectdesk.customer.ContractTerms;
import io.connectdesk.customer.Contracts;
import io.connectdesk.customer.Customers;
import io.connectdesk.customer.ServicePlan;
import io.connectdesk.identity.Accounts;
import io.connectdesk.common.Role;
import io.connectdesk.ticket.TicketLifecycle;
import io.connectdesk.workflow.ProcessInstances;

/**
 * The whole application on a random port, its test database, and people to call it. Every test
 * makes its own customers and people, so tests sharing the application never see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(OneConnectionPerRequest.class)
public abstract class ApiTestSupport {

	protected static final String PASSWORD = "correct-horse-battery";

	/** {@code connectdesk.ticket.reopen-window} */
	protected static final Duration REOPEN_WINDOW = Duration.ofDays(7);

	@LocalServerPort
	protected int port;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Customers customers;

	@Autowired
	private Contracts contracts;

	@Autowired
	private ProcessInstances instances;

	@Autowired
	private HistoryService history;

	@Autowired
	private ManagementService management;

	@AfterEach
	void realTimeAgain() {
		ClockUtil.reset();
	}

	@AfterEach
	void noRequestHeldTwoConnections() {
		assertThat(OneConnectionPerRequest.takeNested()).as("requests that asked for a second connection while holding one").isEmpty();
	}

	/** A new customer organization; returns its id. */
	protected Long newCustomer(String name) {
		String unique = unique();
		Long customer = this.customers.findOrCreate(name + " " + unique).getId();
		this.customers.addDomain(customer, "c" + unique + ".example.test");
		return customer;
	}

	/** A new customer whose contract grants that many urgent slots per calendar month in that zone. */
	protected Long newCustomerWithUrgentSlots(String name, int slots, String timeZone) {
		Long customer = newCustomer(name);
		ContractTerms terms = new ContractTerms(this.contracts.detail(customer).contract().domains(), ServicePlan.STANDARD,
				slots, "P1M", timeZone);
		this.contracts.changeContract(customer, terms, Actor.SYSTEM);
		return customer;
	}

	/** A new person, in their customer's domain (staff: the service's); returns their e-mail, the username. */
	protected String newPerson(String name, Long customerId, Role... roles) {
		String domain = customerId == null ? "connectdesk.example.test" : this.customers.domainsOf(customerId).get(0);
		String email = name.toLowerCase(Locale.ROOT) + "-" + unique() + "@" + domain;
		this.accounts.ensure(new Accounts.NewAccount(email, name, PASSWORD, customerId, Set.of(roles), Locale.ENGLISH));
		return email;
	}

	/** A new person who reads the portal (and their notices) in that language; returns their e-mail. */
	protected String newPerson(String name, Long customerId, Locale locale, Role... roles) {
		String email = name.toLowerCase(Locale.ROOT) + "-" + unique() + "@" + domainOf(customerId);
		this.accounts.ensure(new Accounts.NewAccount(email, name, PASSWORD, customerId, Set.of(roles), locale));
		return email;
	}

	/** An address in the customer's contract domain that belongs to nobody with an account. */
	protected String newAddressWithoutAccount(String name, Long customerId) {
		return name.toLowerCase(Locale.ROOT) + "-" + unique() + "@" + domainOf(customerId);
	}

	/** The customer's first contract domain; the service's own for staff ({@code null}). */
	protected String domainOf(Long customerId) {
		return customerId == null ? "connectdesk.example.test" : this.customers.domainsOf(customerId).get(0);
	}

	protected ApiClient basic(String email) {
		return ApiClient.basic(this.port, email, PASSWORD);
	}

	protected ApiClient signIn(String email) {
		return ApiClient.signIn(this.port, email, PASSWORD);
	}

	protected static Map<String, Object> ticketRequest(String title) {
		return Map.of("type", "INFRASTRUCTURE_CHANGE", "title", title, "description", "Please change it in production.",
				"components", List.of("container-service"), "environments", List.of("production"), "urgent", false);
	}

	/** Files a valid ticket and returns its id. */
	protected static String fileTicket(ApiClient requester, String title) {
		ApiClient.Response filed = requester.post("/api/v1/tickets", ticketRequest(title));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		return filed.json().path("id").asText();
	}

	protected static JsonNode ticket(ApiClient client, String ticketId) {
		ApiClient.Response found = client.get("/api/v1/tickets/" + ticketId);
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return found.json();
	}

	/** The id of the ticket's one open task that the caller sees. */
	protected static String openTask(ApiClient client, String ticketId) {
		JsonNode tasks = ticket(client, ticketId).path("tasks");
		assertThat(tasks).as("open tasks of " + ticketId).hasSize(1);
		return tasks.get(0).path("id").asText();
	}

	/** The staff member claims the ticket's open task and completes it with the outcome. */
	protected static void claimAndComplete(ApiClient staff, String ticketId, String outcome, String comment) {
		String task = openTask(staff, ticketId);
		succeeds(staff.post("/api/v1/tasks/" + task + "/claim", null));
		succeeds(staff.post("/api/v1/tasks/" + task + "/complete",
				comment == null ? Map.of("outcome", outcome) : Map.of("outcome", outcome, "comment", comment)));
	}

	protected static void succeeds(ApiClient.Response response) {
		assertThat(response.status()).as(response.toString()).isBetween(200, 299);
	}

	/** Where the ticket's process waits: its active BPMN elements; empty once it has ended. */
	protected List<String> processWaitsIn(String ticketId) {
		return this.instances.activeElements(processInstanceOf(ticketId));
	}

	/**
	 * The reopen window ends: the engine's clock (and with it the application's) moves past it, and
	 * the timer fires as the job executor (off in tests) would fire it.
	 */
	protected void reopenWindowEnds(String ticketId) {
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(REOPEN_WINDOW).plusSeconds(60)));
		Job timer = this.management.createJobQuery().processInstanceId(processInstanceOf(ticketId)).timers().singleResult();
		assertThat(timer.getDuedate()).isBefore(ClockUtil.getCurrentTime());
		this.management.executeJob(timer.getId());
	}

	/** The time after the reopen window of a ticket resolved now, without firing its timer. */
	protected static void clockMovesPastTheReopenWindow() {
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(REOPEN_WINDOW).plusSeconds(60)));
	}

	/** How many tickets the caller filed. */
	protected static long ticketsFiledBy(ApiClient requester) {
		return requester.get("/api/v1/tickets?scope=MINE").json().path("totalElements").asLong();
	}

	/** What a refused request must leave as it was, as staff see it. */
	protected Snapshot snapshot(ApiClient staff, String ticketId) {
		JsonNode ticket = ticket(staff, ticketId);
		return new Snapshot(ticket.path("status").asText(), ticket.path("conversation").size(), ticket.path("timeline").size(),
				ticket.path("tasks").findValuesAsText("assignee"), processWaitsIn(ticketId));
	}

	protected record Snapshot(String status, int conversation, int timeline, List<String> assignees, List<String> process) {
	}

	protected String processInstanceOf(String ticketId) {
		// the ticket's lifecycle: other processes (service level, escalation ladder, provisioning) share the ticket id as business key
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(TicketLifecycle.PROCESS_KEY)
			.processInstanceBusinessKey(ticketId)
			.singleResult()
			.getId();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}

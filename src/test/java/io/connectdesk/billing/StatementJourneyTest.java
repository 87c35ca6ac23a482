package io.connectdesk.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.customer.Contracts;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/**
 * Over real HTTP: a resolved activation shows on the statement from its day (API, page, CSV), a
 * deactivation removes it, a reopened ticket resolved again adds nothing twice, bad months and
 * other customers' people are refused.
 */
class StatementJourneyTest extends ApiTestSupport {

	@Autowired
	Contracts contracts;

	private Long acme;

	private ApiClient requester;

	private ApiClient sre;

	private ApiClient approver;

	private LocalDate today;

	@BeforeEach
	void acmeWithARequesterAndAnSre() {
		this.acme = newCustomer("Acme");
		this.requester = basic(newPerson("Rita", this.acme, Role.REQUESTER));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
		this.approver = basic(newPerson("Ana", this.acme, Role.APPROVER));
		ZoneId zone = this.contracts.detail(this.acme).contract().urgentQuota().zone();
		this.today = LocalDate.now(zone);
	}

	@Test
	void aResolvedActivationCountsFromItsDayAndAReResolutionAddsItOnce() {
		String ticket = activate();

		JsonNode statement = statementNow(this.requester);
		assertThat(statement.path("lines")).singleElement().satisfies(line -> {
			assertThat(line.path("componentKey").asText()).isEqualTo("database");
			assertThat(line.path("environmentKey").asText()).isEqualTo("production");
			assertThat(line.path("activeFrom").asText()).isEqualTo(this.today.toString());
			assertThat(line.path("activatedBy").asText()).isEqualTo(ticket);
			assertThat(line.path("days").asInt()).isEqualTo(this.today.lengthOfMonth() - this.today.getDayOfMonth() + 1);
		});
		assertThat(statement.path("changes").findValuesAsText("change")).containsExactly("ADDED");

		succeeds(this.requester.post("/api/v1/tickets/" + ticket + "/reopen", Map.of("reason", "Not reachable yet.")));
		resolve(ticket);

		assertThat(statementNow(this.requester).path("lines")).hasSize(1);
	}

	@Test
	void aResolvedDeactivationRemovesTheComponentFromItsDay() {
		activate();
		String deactivation = fileAcceptApproveResolve(Map.of("type", "COMPONENT_DEACTIVATION", "title", "Remove the database",
				"description", "No longer needed.", "urgent", false,
				"items", List.of(Map.of("component", "database", "environments", List.of("production")))));

		JsonNode ledger = this.requester.get("/api/v1/ledger").json();
		assertThat(ledger.findValuesAsText("change")).containsExactly("ADDED", "REMOVED");
		assertThat(ledger.get(1).path("ticketId").asText()).isEqualTo(deactivation);
		assertThat(ledger.get(1).path("day").asText()).isEqualTo(this.today.toString());
		assertThat(ledger.get(1).path("mruDelta").decimalValue()).isNegative();
		assertThat(statementNow(this.requester).path("totalMru").decimalValue()).isZero();
	}

	@Test
	void thePageAndTheCsvShowTheStatementToTheCustomersPeopleAndAdmins() {
		String ticket = activate();
		String month = YearMonth.from(this.today).toString();
		ApiClient browser = signIn(newPerson("Abe", this.acme, Role.APPROVER, Role.REQUESTER));

		ApiClient.Response page = browser.get("/billing/statement?month=" + month);
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.body()).contains("<td>Database</td>", "<svg", "<rect", ticket, month).doesNotContain("<code>database</code>");
		String spanish = browser.get("/billing/statement?month=" + month + "&lang=es").body();
		assertThat(spanish).as("issue 16: one number format on a page").contains("<td>12,00</td>", "<td>Producción · Producción</td>")
			.doesNotContain("<td>12.00</td>");

		ApiClient.Response csv = browser.get("/billing/statement.csv?month=" + month);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("utf-8"));
		assertThat(csv.header("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("statement-" + month + ".csv"));
		List<String> rows = List.of(csv.body().split("\r\n"));
		assertThat(rows.get(0)).startsWith("customer,month,component,environment");
		assertThat(rows.get(1)).contains(",database,production,PRODUCTION," + this.today + ",," + ticket + ",");
		assertThat(rows.get(rows.size() - 1)).contains(",TOTAL,");

		ApiClient admin = signIn(newPerson("Ada", null, Role.ADMIN));
		ApiClient.Response adminPage = admin.get("/admin/customers/" + this.acme + "/statement?month=" + month);
		assertThat(adminPage.status()).as(adminPage.toString()).isEqualTo(200);
		assertThat(adminPage.body()).contains("Database");
		assertThat(admin.get("/admin/customers/" + this.acme + "/statement.csv?month=" + month).body()).contains(ticket);
		JsonNode viaApi = basic(newPerson("Adam", null, Role.ADMIN))
			.get("/api/v1/admin/customers/" + this.acme + "/statements/" + month).json();
		assertThat(viaApi.path("lines").findValuesAsText("activatedBy")).containsExactly(ticket);
	}

	@Test
	void aBadMonthIsRefusedNamingIt() {
		ApiClient.Response api = this.requester.get("/api/v1/statements/2026-13");
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.json().path("errors").findValuesAsText("field")).containsExactly("month");
		ApiClient admin = basic(newPerson("Ada", null, Role.ADMIN));
		assertThat(admin.get("/api/v1/admin/customers/" + this.acme + "/statements/november").json()
			.path("errors").findValuesAsText("field")).containsExactly("month");

		ApiClient browser = signIn(newPerson("Rosa", this.acme, Role.REQUESTER));
		ApiClient.Response page = browser.get("/billing/statement?month=2026-1");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("id=\"month-problem\"", "aria-invalid=\"true\"");
		ApiClient.Response csv = browser.get("/billing/statement.csv?month=x");
		assertThat(csv.status()).isEqualTo(400);
		assertThat(csv.body()).startsWith("month:");
	}

	@Test
	void anotherCustomersPeopleSeeOnlyTheirOwnAndNeverAcmes() {
		String ticket = activate();
		Long globex = newCustomer("Globex");
		String gus = newPerson("Gus", globex, Role.APPROVER, Role.REQUESTER);
		String month = YearMonth.from(this.today).toString();

		JsonNode own = basic(gus).get("/api/v1/statements/" + month).json();
		assertThat(own.path("customerId").asLong()).isEqualTo(globex);
		assertThat(own.path("lines")).isEmpty();
		assertThat(basic(gus).get("/api/v1/admin/customers/" + this.acme + "/statements/" + month).status()).isEqualTo(403);
		ApiClient session = signIn(gus);
		assertThat(session.get("/billing/statement").body()).doesNotContain(ticket, "Database");
		assertThat(session.get("/admin/customers/" + this.acme + "/statement").status()).isIn(403, 404);
		assertThat(basic(newPerson("Ada", null, Role.ADMIN)).get("/api/v1/admin/customers/999999999/statements/" + month).status())
			.isEqualTo(404);
		assertThat(this.sre.get("/api/v1/statements/" + month).status()).as("staff belong to no customer").isEqualTo(404);
	}

	/** A database in production (12 MRU), resolved: its ticket id. */
	private String activate() {
		return fileAcceptApproveResolve(Map.of("type", "COMPONENT_ACTIVATION", "title", "Activate the orders database",
				"description", "For the orders service.", "urgent", false,
				"items", List.of(Map.of("component", "database", "environments", List.of("production"),
						"parameters", Map.of("engine", "postgresql", "storageGb", 50)))));
	}

	/** Filed by the requester, accepted by the SRE, approved by the customer's approver if asked, resolved. */
	private String fileAcceptApproveResolve(Map<String, Object> request) {
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", request);
		succeeds(filed);
		String ticket = filed.json().path("id").asText();
		claimAndComplete(this.sre, ticket, "ACCEPT", null);
		boolean asked = this.approver.get("/api/v1/approvals").json().findValuesAsText("ticketId").contains(ticket);
		assertThat(asked || !"COMPONENT_ACTIVATION".equals(request.get("type"))).as("an activation adds cost: approvers are asked").isTrue();
		if (asked) {
			succeeds(this.approver.post("/api/v1/approvals/" + ticket + "/decisions", Map.of("verdict", "APPROVE")));
		}
		resolve(ticket);
		return ticket;
	}

	private JsonNode statementNow(ApiClient client) {
		ApiClient.Response found = client.get("/api/v1/statements/" + YearMonth.from(this.today));
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return found.json();
	}

	/** The SRE completes the fulfilment (claiming it first unless it is theirs already). */
	private void resolve(String ticket) {
		String task = openTask(this.sre, ticket);
		this.sre.post("/api/v1/tasks/" + task + "/claim", null);
		succeeds(this.sre.post("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "RESOLVE", "comment", "Done.")));
	}

}

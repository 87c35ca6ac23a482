package io.connectdesk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import io.connectdesk.bench.CountersConfiguration;
import io.connectdesk.bench.SqlStatementCounter;
import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/**
 * The regression guard of provisioning's path (docs/provisioning-performance.md): what the in-process workers cost
 * per item done, in SQL statements and commits, counted (not timed, so it holds on a busy machine). Items wait with
 * the workers stopped, as in the provisioning bench's "workers alone" phase; then the workers run them all. A change
 * that makes an item heavier (a look-up per timeline line, a query per item that could be one per ticket, an extra
 * transaction) fails here; raise a budget only on purpose, with the reason beside it.
 */
@Import(CountersConfiguration.class)
class ProvisioningBudgetTest extends ProvisioningTestSupport {

	/**
	 * Measured 105.2 and 105.5 statements per item (a few vary with how the fetcher batches the tasks), 3 items a
	 * ticket, the pollers' statements left out ({@link #isPoll}): the completion of the external task with its
	 * variables and history; the asynchronous "Record item" job (written, then locked, run and deleted), whose
	 * delegate reads the item's variables; the item's row, its timeline line and its inventory entry; the item
	 * scope's end (its local variables deleted: 22 per item), and the multi-instance's end with the ticket's next
	 * task for the last item. About 109 before the timeline line's English text named its component through
	 * ComponentNames: each line read the component and its price in each kind of environment (4 statements).
	 */
	static final double STATEMENT_BUDGET = 108;

	/**
	 * Measured 6.7, 6.8 and 7.3 commits per item, the fetcher's idle polls and the job acquisitions included: the
	 * fetch and lock, the completion, the job's lock and run. The polls' share grows with the machine's slowness,
	 * so this is a loose ceiling (a transaction more per item on a fast run, or an H2 commit per statement); the
	 * statement budget is the tight guard. Each commit writes an H2 store chunk.
	 */
	static final double COMMIT_BUDGET = 9.5;

	private static final List<String> COMPONENTS = List.of("source-repository", "container-service", "database");

	private static final int TICKETS = 5;

	@Autowired
	private InProcessWorkers workers;

	@Autowired
	private ProvisioningItemRepository items;

	@Test
	void anItemDoneStaysWithinItsStatementAndCommitBudgets() {
		Long customer = newCustomer("Budget Works");
		ApiClient requester = basic(newPerson("Rita", customer, Role.REQUESTER));
		ApiClient approver = basic(newPerson("Ana", customer, Role.APPROVER, Role.REQUESTER));
		ApiClient sre = basic(newPerson("Sam", null, Role.SRE));
		this.workers.stop();
		try {
			List<String> tickets = new ArrayList<>();
			for (int i = 0; i < TICKETS; i++) {
				ApiClient.Response filed = requester.post("/api/v1/tickets",
						activation("Budget " + i, COMPONENTS, List.of("production")));
				succeeds(filed);
				String ticket = filed.json().path("id").asText();
				claimAndComplete(sre, ticket, "ACCEPT", null);
				approvedIfAsked(ticket, requester, approver);
				tickets.add(ticket);
			}
			int expected = TICKETS * COMPONENTS.size();
			eventually(() -> waiting(tickets), count -> count == expected, "every item waiting for its worker");

			long commits = SqlStatementCounter.commits();
			SqlStatementCounter.startTrace();
			this.workers.start();
			eventually(() -> done(tickets), done -> done == expected, "every item done");
			List<String> trace = SqlStatementCounter.stopTrace();
			double commitsPerItem = (SqlStatementCounter.commits() - commits) / (double) expected;
			List<String> work = trace.stream().filter(sql -> !isPoll(sql)).toList();
			double statementsPerItem = work.size() / (double) expected;
			Map<String, Integer> byText = new TreeMap<>();
			work.forEach(sql -> byText.merge(oneLine(sql), 1, Integer::sum));
			System.out.printf("provisioning budget: %.1f SQL statements per item (%d polls left out), %.2f commits per item "
					+ "(polls included); the statements of %d items:%n", statementsPerItem, trace.size() - work.size(),
					commitsPerItem, expected);
			byText.forEach((sql, count) -> System.out.printf("  %4d  %s%n", count, sql));

			assertThat(statementsPerItem).as("SQL statements per item done").isLessThanOrEqualTo(STATEMENT_BUDGET);
			assertThat(commitsPerItem).as("commits per item done").isLessThanOrEqualTo(COMMIT_BUDGET);
			assertThat(ticket(requester, tickets.get(0)).path("timeline").findValuesAsText("kind")).as("the lines still written")
				.contains("PROVISIONED");
		}
		finally {
			this.workers.start();
		}
	}

	/** Items of the tickets whose external task waits (planned, not yet done). */
	private long waiting(List<String> tickets) {
		return tickets.stream()
			.flatMap(ticket -> this.items.findByTicketIdOrderByIdAsc(ticket).stream())
			.filter(item -> item.getStatus() == ItemStatus.PENDING)
			.count();
	}

	private long done(List<String> tickets) {
		return tickets.stream()
			.flatMap(ticket -> this.items.findByTicketIdOrderByIdAsc(ticket).stream())
			.filter(item -> item.getStatus() == ItemStatus.DONE)
			.count();
	}

	/**
	 * The statements whose number depends on time, not on the items: this test's reads of the items, the fetcher's
	 * idle polls for external tasks and the job executor's acquisitions (more of them on a slower machine).
	 */
	static boolean isPoll(String sql) {
		String text = String.join(" ", sql.strip().split("\\s+"));
		return text.startsWith("select distinct RES.* from ( select RES.*, PI.BUSINESS_KEY_")
				|| text.startsWith("select RES.ID_, RES.REV_, RES.DUEDATE_") || text.contains("where pi1_0.ticket_id=?");
	}

	private static String oneLine(String sql) {
		String text = String.join(" ", sql.strip().split("\\s+"));
		return text.length() > 150 ? text.substring(0, 150) : text;
	}

}

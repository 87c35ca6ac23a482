package io.connectdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/**
 * What one search request costs in SQL statements (issue 15's latency: the time of a search was in the
 * application, not in PostgreSQL), counted rather than timed so that it holds on a busy machine. A change
 * that adds a statement per hit (a name looked up per row) or per request fails here.
 */
@Import(CountersConfiguration.class)
class SearchBudgetTest extends ApiTestSupport {

	/**
	 * The search itself (one select of the page's ids), the page's tickets (one select), their requesters'
	 * names and their customers' names (one select each, whatever the page's size); and what every request
	 * with a session costs (the session read and the rate-limit counter; the session store writes last access at most once a minute).
	 */
	static final int STATEMENT_BUDGET = 6; // 8 before the session store wrote last access at most once a minute

	private static final int HITS = 25;

	private static final int SEARCHES = 5;

	@Test
	void aSearchForAFullPageStaysWithinItsStatementBudgetForACustomerAndAnSre() {
		Long customer = newCustomer("Budget Search");
		String rita = newPerson("Rita", customer, Role.REQUESTER);
		ApiClient colleague = basic(newPerson("Carl", customer, Role.REQUESTER));
		for (int i = 0; i < HITS; i++) {
			fileTicket(i % 2 == 0 ? basic(rita) : colleague, "Budget zebracorn " + i);
		}
		for (String caller : List.of(rita, newPerson("Sam", null, Role.SRE))) {
			measure(caller, signIn(caller));
		}
	}

	private static void measure(String name, ApiClient caller) {
		search(caller);
		double perSearch = CheapestWindow.perOperation(0, SEARCHES, i -> search(caller), SqlStatementCounter::foregroundCount)[0];
		SqlStatementCounter.startTrace();
		search(caller);
		List<String> one = SqlStatementCounter.stopTrace();
		System.out.printf("search budget (%s): %.1f SQL statements per search; one search's:%n  %s%n", name,
				perSearch, String.join("\n  ", one));
		assertThat(perSearch).as("SQL statements per search").isLessThanOrEqualTo(STATEMENT_BUDGET);
	}

	private static void search(ApiClient caller) {
		ApiClient.Response found = caller.get("/api/v1/search?q=zebracorn&size=20");
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		assertThat(found.json().path("content")).hasSize(20);
	}

}

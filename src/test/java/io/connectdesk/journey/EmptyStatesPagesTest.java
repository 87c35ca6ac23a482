package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;

/** Issue 16: a list page with nothing to show says what to do next, for a customer that has nothing yet. */
class EmptyStatesPagesTest extends ApiTestSupport {

	@Test
	void emptyListsSayWhatToDoNext() {
		Long acme = newCustomer("Empty");
		ApiClient requester = signIn(newPerson("Rita", acme, Role.REQUESTER));
		ApiClient approver = signIn(newPerson("Ana", acme, Role.REQUESTER, Role.APPROVER));

		assertThat(requester.get("/tickets").body()).contains("ask for something with “New ticket”");
		assertThat(requester.get("/inventory").body()).contains("Ask for one with “New ticket” (component activation)");
		assertThat(requester.get("/search?q=nothingmatchesthisword").body()).contains("Try fewer or other words");
		assertThat(requester.get("/status").body()).contains("tell us with “New ticket” (type: incident)");
		assertThat(approver.get("/approvals").body()).contains("When a ticket’s cost needs your approval it shows here");
	}

}
